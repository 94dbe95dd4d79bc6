import type { App, ViewOutput } from '@slack/bolt';
import { Conflict, DomainError, Invalid } from '../../server/domain/errors';
import { convertLead } from '../../server/domain/leads/convert-lead';
import { getLead } from '../../server/domain/leads/lead-queries';
import { getOpportunity } from '../../server/domain/opportunities/opportunity-queries';
import { parseAmount } from '../commands/parse-money';
import type { BotDeps } from '../deps';
import type { Speech } from '../i18n';
import { describeDomainError, fieldErrors } from '../i18n/domain-errors';
import { adminUrl } from '../views/admin-url';
import { link } from '../views/block-kit';
import {
  CONVERT_TARGETS,
  type ConvertDraft,
  type ConvertDuplicate,
  type ConvertTarget,
  convertModal,
} from '../views/convert-modal';
import { CONVERT_BLOCK as B, CALLBACK } from '../views/ids';
import { decodeMetadata } from '../views/modal-metadata';
import { dateOf, errorsOnBlocks, selectedManyOf, selectedOf, textOf } from '../views/read-state';
import { toLeadData } from '../views/records';
import { dealCardMessage } from './deal-ops';
import { textMessage } from './error-reply';
import { sendAfterModal } from './send-later';
import { openSession } from './session';

/** What the user submitted, as a draft (to show the modal again with the duplicates). */
function draftOf(view: ViewOutput, leadId: string, leadLabel: string): ConvertDraft {
  const existing = selectedOf(view, B.existingAccount);
  return {
    leadId,
    leadLabel,
    targets: selectedManyOf(view, B.targets)
      .map((o) => o.value as ConvertTarget)
      .filter((t) => CONVERT_TARGETS.includes(t)),
    existingAccount: existing?.value
      ? { id: existing.value, name: existing.text?.text ?? existing.value }
      : undefined,
    accountName: textOf(view, B.accountName),
    contactFirstName: textOf(view, B.contactFirstName),
    contactLastName: textOf(view, B.contactLastName),
    opportunityName: textOf(view, B.opportunityName),
    opportunityAmount: textOf(view, B.opportunityAmount),
    opportunityCloseDate: dateOf(view, B.opportunityCloseDate),
  };
}

const linkChoice = (view: ViewOutput, block: string) => {
  const v = selectedOf(view, block)?.value;
  return v?.startsWith('link:') ? { id: v.slice(5) } : v === 'new' ? 'new' : undefined;
};

/** The body of POST /api/leads/:id/convert that the modal means; or field errors. */
function requestOf(
  view: ViewOutput,
  d: ConvertDraft,
  s: Speech,
): { input: Record<string, unknown> } | { errors: Record<string, string> } {
  const dupAccount = linkChoice(view, B.duplicateAccount);
  const dupContact = linkChoice(view, B.duplicateContact);
  const input: Record<string, unknown> = {};
  const compact = (o: Record<string, string | undefined>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

  if (d.existingAccount) input.account = { id: d.existingAccount.id };
  else if (typeof dupAccount === 'object') input.account = dupAccount;
  else if (d.targets.includes('account')) input.account = compact({ name: d.accountName });

  if (typeof dupContact === 'object') input.contact = dupContact;
  else if (d.targets.includes('contact')) {
    input.contact = compact({ firstName: d.contactFirstName, lastName: d.contactLastName });
  }

  if (d.targets.includes('opportunity')) {
    const amount = d.opportunityAmount ? parseAmount(d.opportunityAmount) : undefined;
    if (amount === null)
      return { errors: { [B.opportunityAmount]: s.m.badAmount(d.opportunityAmount!) } };
    input.opportunity = compact({
      name: d.opportunityName,
      amount: amount?.amount,
      currency: amount?.currency,
      closeDate: d.opportunityCloseDate,
    });
  }
  if (!input.account && !input.contact && !input.opportunity) {
    return { errors: { [B.targets]: s.m.chooseOne } };
  }
  // "Create anyway" on a duplicate shown is the REST API's skipDuplicateCheck.
  if (dupAccount === 'new' || dupContact === 'new') input.skipDuplicateCheck = true;
  return { input };
}

/**
 * The conversion modal's submission. Possible duplicates (409) update the modal to show them
 * with a choice; nothing is created until the user chose. Field errors land on their fields.
 */
export function registerConvertSubmit(app: App, deps: BotDeps) {
  app.view(CALLBACK.convertLead, async ({ ack, body, view, client }) => {
    const session = await openSession(deps, client, body.user.id);
    const { s, ctx } = session;
    const meta = decodeMetadata(view.private_metadata);
    if (!ctx || !meta.leadId) {
      await ack({
        response_action: 'errors',
        errors: { [B.targets]: session.howToLink.slice(0, 150) },
      });
      return;
    }
    let lead: ReturnType<typeof toLeadData>;
    try {
      lead = toLeadData(await getLead(ctx, meta.leadId));
    } catch (e) {
      const why = describeDomainError(e, s, s.m.lead) ?? s.m.somethingWrong;
      await ack({ response_action: 'errors', errors: { [B.targets]: why } });
      return;
    }
    const draft = draftOf(view, lead.id, `${lead.number} ${lead.name}`);
    const req = requestOf(view, draft, s);
    if ('errors' in req) return void (await ack({ response_action: 'errors', errors: req.errors }));

    let result: Awaited<ReturnType<typeof convertLead>>;
    try {
      result = await convertLead(ctx, lead.id, req.input);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const duplicates =
        e instanceof Conflict
          ? (e.details.duplicates as ConvertDuplicate[] | undefined)
          : undefined;
      if (duplicates?.length) {
        const again = convertModal({ ...draft, duplicates }, s, meta);
        await ack({ response_action: 'update', view: again });
        return;
      }
      const errors =
        e instanceof Invalid
          ? errorsOnBlocks(view, fieldErrors(e, s), B.targets)
          : { [B.targets]: describeDomainError(e, s, s.m.lead) ?? s.m.somethingWrong };
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();

    const url = deps.publicUrl;
    const made = [
      result.accountId && link(adminUrl(url, 'accounts', result.accountId), s.m.account),
      result.contactId && link(adminUrl(url, 'contacts', result.contactId), s.m.contact),
      result.opportunityId &&
        link(adminUrl(url, 'opportunities', result.opportunityId), s.m.opportunity),
    ].filter((x): x is string => !!x);
    const note = s.m.leadConverted(lead.number, made);
    const message = result.opportunityId
      ? await dealCardMessage(ctx, s, url, await getOpportunity(ctx, result.opportunityId), note)
      : textMessage(note);
    await sendAfterModal(
      client,
      deps.log,
      { responseUrl: meta.responseUrl, slackUserId: body.user.id },
      message,
    );
  });
}
