import type { App, ViewOutput } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { createCase } from '../../server/domain/cases/create-case';
import { DomainError } from '../../server/domain/errors';
import type { BotDeps } from '../deps';
import type { Speech } from '../i18n';
import { identify } from '../identity';
import { CALLBACK } from '../views/ids';
import { decodeMetadata } from '../views/modal-metadata';
import { selectedOf, stateOf, textOf } from '../views/read-state';
import { caseFormErrors } from './case-form-errors';
import { caseCardMessage } from './case-ops';
import { sendAfterModal } from './send-later';
import { openSession } from './session';

/** The Slack member picked in "Assign to" → their CRM user id (null: nobody picked). */
async function assigneeOf(
  deps: BotDeps,
  client: WebClient,
  view: ViewOutput,
  s: Speech,
): Promise<{ id: string | null } | { error: string }> {
  const slackUserId = stateOf(view, 'assignedUserId')?.selected_user;
  if (!slackUserId) return { id: null };
  const who = await identify(deps.services, client, slackUserId, deps.log);
  return who.actor?.id ? { id: who.actor.id } : { error: s.m.case.assigneeNotLinked };
}

/**
 * The new-case modal's submission: the case is created (as the member, with their roles) before
 * the modal closes, so what the domain refuses comes back on the modal's own fields.
 */
export function registerNewCaseSubmit(app: App, deps: BotDeps) {
  app.view(CALLBACK.newCase, async ({ ack, body, view, client }) => {
    const session = await openSession(deps, client, body.user.id);
    const { s, ctx } = session;
    if (!ctx) {
      await ack({ response_action: 'errors', errors: { name: session.howToLink.slice(0, 150) } });
      return;
    }
    const assignee = await assigneeOf(deps, client, view, s);
    if ('error' in assignee) {
      await ack({ response_action: 'errors', errors: { assignedUserId: assignee.error } });
      return;
    }
    const input = {
      name: textOf(view, 'name') ?? '',
      description: textOf(view, 'description') ?? null,
      priority: selectedOf(view, 'priority')?.value ?? 'Normal',
      type: selectedOf(view, 'type')?.value ?? null,
      contactId: selectedOf(view, 'contactId')?.value ?? null,
      assignedUserId: assignee.id,
    };
    let record: Record<string, unknown>;
    try {
      record = await createCase(ctx, input);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      await ack({ response_action: 'errors', errors: caseFormErrors(view, e, s) });
      return;
    }
    await ack();
    const meta = decodeMetadata(view.private_metadata);
    const note = s.m.case.created(String(record.number));
    await sendAfterModal(
      client,
      deps.log,
      { responseUrl: meta.responseUrl, slackUserId: body.user.id },
      await caseCardMessage(ctx, s, deps.publicUrl, record, { note }),
    );
  });
}
