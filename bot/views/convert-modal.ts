import type { Speech } from '../i18n';
import { type Block, context, esc, type ModalView, mrkdwn, plain, section } from './block-kit';
import { ACTION, CONVERT_BLOCK as B, CALLBACK, VALUE } from './ids';
import { textInput } from './inputs';
import { encodeMetadata, type ModalMetadata } from './modal-metadata';

export type ConvertTarget = 'account' | 'contact' | 'opportunity';
export const CONVERT_TARGETS: ConvertTarget[] = ['account', 'contact', 'opportunity'];

export interface ConvertDuplicate {
  resource: 'accounts' | 'contacts';
  id: string;
  name: string;
}

/** What the conversion modal shows (from the lead at first, then from what was submitted). */
export interface ConvertDraft {
  leadId: string;
  leadLabel: string;
  targets: ConvertTarget[];
  existingAccount?: { id: string; name: string };
  accountName?: string;
  contactFirstName?: string;
  contactLastName?: string;
  opportunityName?: string;
  opportunityAmount?: string;
  opportunityCloseDate?: string;
  duplicates?: ConvertDuplicate[];
}

/** The draft a lead gives: every target ticked (no account when the lead names no company). */
export function draftFromLead(lead: {
  id: string;
  number: string;
  name: string;
  firstName?: string;
  lastName?: string;
  accountName?: string;
  opportunityAmount?: string;
}): ConvertDraft {
  return {
    leadId: lead.id,
    leadLabel: `${lead.number} ${lead.name}`,
    targets: lead.accountName ? ['account', 'contact', 'opportunity'] : ['contact', 'opportunity'],
    accountName: lead.accountName,
    contactFirstName: lead.firstName,
    contactLastName: lead.lastName,
    opportunityName: lead.accountName ?? lead.name,
    opportunityAmount: lead.opportunityAmount,
  };
}

const targetLabel = (t: ConvertTarget, s: Speech) =>
  t === 'account' ? s.m.account : t === 'contact' ? s.m.contact : s.m.opportunity;

function targetsBlock(d: ConvertDraft, s: Speech): Block {
  const options = CONVERT_TARGETS.map((t) => ({ text: plain(targetLabel(t, s), 75), value: t }));
  const initial = options.filter((o) => d.targets.includes(o.value as ConvertTarget));
  return {
    type: 'input',
    block_id: B.targets,
    optional: true,
    label: plain(s.m.convertWhat),
    element: {
      type: 'checkboxes',
      action_id: VALUE,
      options,
      ...(initial.length ? { initial_options: initial } : {}),
    },
  };
}

function existingAccountBlock(d: ConvertDraft, s: Speech): Block {
  const initial = d.existingAccount
    ? { initial_option: { text: plain(d.existingAccount.name, 75), value: d.existingAccount.id } }
    : {};
  return {
    type: 'input',
    block_id: B.existingAccount,
    optional: true,
    label: plain(s.m.existingAccount),
    hint: plain(s.m.existingAccountHint),
    element: {
      type: 'external_select',
      action_id: ACTION.accountSearch,
      min_query_length: 1,
      placeholder: plain(s.m.accountName, 150),
      ...initial,
    },
  };
}

/** A radio choice per kind of duplicate: link one of them, or create anyway. */
function duplicateBlocks(d: ConvertDraft, s: Speech): Block[] {
  const dups = d.duplicates ?? [];
  if (!dups.length) return [];
  const out: Block[] = [section(`:warning: ${s.m.duplicatesFound}`)];
  for (const resource of ['accounts', 'contacts'] as const) {
    const mine = dups.filter((x) => x.resource === resource);
    if (!mine.length) continue;
    const what = resource === 'accounts' ? s.m.account : s.m.contact;
    const options = [
      ...mine
        .slice(0, 9)
        .map((x) => ({ text: plain(s.m.linkExisting(x.name), 75), value: `link:${x.id}` })),
      { text: plain(s.m.createAnyway, 75), value: 'new' },
    ];
    out.push({
      type: 'input',
      block_id: resource === 'accounts' ? B.duplicateAccount : B.duplicateContact,
      label: plain(s.m.duplicateChoice(what)),
      element: { type: 'radio_buttons', action_id: VALUE, options, initial_option: options[0]! },
    });
  }
  return out;
}

/**
 * The conversion modal: tick Account / Contact / Opportunity, prefilled from the lead; an
 * existing account can be chosen by search-as-you-type; possible duplicates, once found, are
 * shown at the top with a choice for each kind.
 */
export function convertModal(d: ConvertDraft, s: Speech, meta: ModalMetadata): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.convertLead,
    title: plain(s.m.convertTitle, 24),
    submit: plain(s.m.convertCreate, 24),
    close: plain(s.m.cancel, 24),
    private_metadata: encodeMetadata({
      ...meta,
      leadId: d.leadId,
      duplicatesShown: !!d.duplicates?.length,
    }),
    blocks: [
      { type: 'section', text: mrkdwn(`*${esc(d.leadLabel)}*`) },
      ...duplicateBlocks(d, s),
      targetsBlock(d, s),
      { type: 'divider' },
      context(`*${s.m.account}*`),
      existingAccountBlock(d, s),
      textInput(B.accountName, s.m.accountName, d.accountName),
      context(`*${s.m.contact}*`),
      textInput(B.contactFirstName, s.m.firstName, d.contactFirstName),
      textInput(B.contactLastName, s.m.lastName, d.contactLastName),
      context(`*${s.m.opportunity}*`),
      textInput(B.opportunityName, s.m.opportunityName, d.opportunityName),
      textInput(B.opportunityAmount, s.m.amount, d.opportunityAmount),
      {
        type: 'input',
        block_id: B.opportunityCloseDate,
        optional: true,
        label: plain(s.m.closeDate),
        element: {
          type: 'datepicker',
          action_id: VALUE,
          ...(d.opportunityCloseDate ? { initial_date: d.opportunityCloseDate } : {}),
        },
      },
    ],
  };
}
