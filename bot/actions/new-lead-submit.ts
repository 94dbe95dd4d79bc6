import type { App } from '@slack/bolt';
import { DomainError, Invalid } from '../../server/domain/errors';
import { createLead } from '../../server/domain/leads/create-lead';
import type { BotDeps } from '../deps';
import { describeDomainError, fieldErrors } from '../i18n/domain-errors';
import { CALLBACK, NEW_LEAD_FIELDS } from '../views/ids';
import { decodeMetadata } from '../views/modal-metadata';
import { errorsOnBlocks, textOf } from '../views/read-state';
import { leadCardMessage } from './lead-ops';
import { sendAfterModal } from './send-later';
import { openSession } from './session';

/**
 * The new-lead modal's submission: the lead is created before the modal closes, so what the
 * domain refuses comes back on the modal's own fields (`response_action: errors`).
 */
export function registerNewLeadSubmit(app: App, deps: BotDeps) {
  app.view(CALLBACK.newLead, async ({ ack, body, view, client }) => {
    const session = await openSession(deps, client, body.user.id);
    const { s, ctx } = session;
    if (!ctx) {
      await ack({
        response_action: 'errors',
        errors: { firstName: session.howToLink.slice(0, 150) },
      });
      return;
    }
    const input = Object.fromEntries(NEW_LEAD_FIELDS.map((f) => [f, textOf(view, f)]));
    let lead: Record<string, unknown>;
    try {
      lead = await createLead(ctx, input);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const errors =
        e instanceof Invalid
          ? errorsOnBlocks(view, fieldErrors(e, s), 'lastName')
          : { lastName: describeDomainError(e, s) ?? s.m.somethingWrong };
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const meta = decodeMetadata(view.private_metadata);
    const note = s.m.leadCreated(String(lead.number));
    await sendAfterModal(
      client,
      deps.log,
      { responseUrl: meta.responseUrl, slackUserId: body.user.id },
      await leadCardMessage(ctx, s, deps.publicUrl, lead, note),
    );
  });
}
