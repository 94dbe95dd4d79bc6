import type { App, MessageShortcut } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { systemActor } from '../../server/domain/access/actor';
import { mrkdwnToText } from '../../server/domain/case-mail/mrkdwn';
import { getCase } from '../../server/domain/cases/case-queries';
import { createCase } from '../../server/domain/cases/create-case';
import { withActor } from '../../server/domain/context';
import { DomainError } from '../../server/domain/errors';
import { supportThread } from '../../server/domain/slack/support-thread';
import { threadMessageFate } from '../../server/domain/slack/thread-message-fate';
import { postNote } from '../../server/domain/stream/notes';
import type { BotDeps } from '../deps';
import { nameMentions } from '../events/name-mentions';
import { threadIntent } from '../events/thread-intent';
import { adminUrl } from '../views/admin-url';
import { link } from '../views/block-kit';
import {
  CASE_FROM_MESSAGE,
  caseFromMessageModal,
  decodeOrigin,
  subjectOf,
} from '../views/case-from-message-modal';
import { selectedOf, textOf } from '../views/read-state';
import { caseFormErrors } from './case-form-errors';
import { openSession, type Session } from './session';
import { type ThreadSpot, tellInThread } from './thread-feedback';
import { keepAsNote, refusal, sendToCustomer, type ThreadOp } from './thread-ops';

/** The message shortcuts' callback ids (declared in bot/manifest.ts, SHORTCUTS). */
export const SHORTCUT = {
  sendToCustomer: 'send_to_customer',
  internalNote: 'internal_note',
  createCase: 'create_case',
} as const;

const spotOf = (sc: MessageShortcut): ThreadSpot => ({
  channel: sc.channel.id,
  ts: sc.message.ts,
  threadTs: sc.message.thread_ts,
  user: sc.user.id,
});

interface ThreadShortcut {
  op: ThreadOp;
  session: Session;
  body: string;
  ref: string;
  mailed: boolean;
  noted: boolean;
}

/**
 * What Send to customer and Internal note need: a linked member, a person's message in the thread
 * of a case card in a support channel, and what already became of that message. Anything else is
 * answered ephemerally here, and null is returned.
 */
async function threadShortcut(
  deps: BotDeps,
  client: WebClient,
  sc: MessageShortcut,
): Promise<ThreadShortcut | null> {
  const spot = spotOf(sc);
  const session = await openSession(deps, client, sc.user.id);
  const { s } = session;
  if (!session.ctx) {
    await tellInThread(client, deps.log, spot, session.howToLink);
    return null;
  }
  const msg = sc.message as MessageShortcut['message'] & { bot_id?: string; thread_ts?: string };
  const system = withActor(deps.services, systemActor);
  const thread = msg.thread_ts ? await supportThread(system, spot.channel, msg.thread_ts) : null;
  if (!thread || msg.ts === msg.thread_ts) {
    await tellInThread(client, deps.log, spot, s.m.thread.notInCaseThread);
    return null;
  }
  if (msg.bot_id || !msg.user) {
    await tellInThread(client, deps.log, spot, s.m.thread.notAPerson);
    return null;
  }
  const op: ThreadOp = { deps, client, ctx: session.ctx, s, caseId: thread.caseId, spot };
  try {
    const fate = await threadMessageFate(session.ctx, {
      caseId: thread.caseId,
      channel: spot.channel,
      ts: spot.ts,
    });
    const c = await getCase(session.ctx, thread.caseId);
    // The prefix that chose a message's fate is not part of what it says.
    const body = await nameMentions(client, threadIntent(msg.text ?? '', 'public').body);
    return { op, session, body, ref: String(c.number), ...fate };
  } catch (e) {
    await tellInThread(client, deps.log, spot, refusal(e, s, op));
    return null;
  }
}

/**
 * slack.md: the message shortcuts **Send to customer** (e.g. in an internal-by-default channel),
 * **Internal note** (a reply that should not have gone out by default cannot be unsent: then say
 * so) and **Create case from message** (anywhere).
 */
export function registerMessageShortcuts(app: App, deps: BotDeps) {
  /** A thread shortcut: acknowledged at once; `handle` gets the message and says what it did. */
  const onThreadShortcut = (
    callbackId: string,
    handle: (t: ThreadShortcut, say: (text: string) => Promise<void>) => Promise<void>,
  ) =>
    app.shortcut<MessageShortcut>(
      { callback_id: callbackId, type: 'message_action' },
      async ({ ack, shortcut, client }) => {
        await ack();
        const t = await threadShortcut(deps, client, shortcut);
        if (t) await handle(t, (text) => tellInThread(client, deps.log, t.op.spot, text));
      },
    );

  onThreadShortcut(SHORTCUT.sendToCustomer, async (t, say) => {
    const { s } = t.session;
    if (t.mailed) await say(s.m.thread.alreadyMailed);
    else if (await sendToCustomer(t.op, t.body)) await say(s.m.thread.queued(t.ref));
  });

  onThreadShortcut(SHORTCUT.internalNote, async (t, say) => {
    const { s } = t.session;
    if (t.mailed) await say(s.m.thread.cannotUnsend);
    else if (t.noted) await say(s.m.thread.alreadyNoted);
    else if (await keepAsNote(t.op, t.body)) await say(s.m.thread.noted(t.ref));
  });

  app.shortcut<MessageShortcut>(
    { callback_id: SHORTCUT.createCase, type: 'message_action' },
    async ({ ack, shortcut, client }) => {
      await ack();
      const spot = spotOf(shortcut);
      try {
        const session = await openSession(deps, client, shortcut.user.id);
        if (!session.ctx) {
          await tellInThread(client, deps.log, spot, session.howToLink);
          return;
        }
        const text = mrkdwnToText(await nameMentions(client, shortcut.message.text ?? ''));
        await client.views.open({
          trigger_id: shortcut.trigger_id,
          view: caseFromMessageModal({ name: subjectOf(text), description: text }, session.s, {
            channel: spot.channel,
            ts: spot.ts,
          }),
        });
      } catch (err) {
        deps.log.error({ err }, 'create-case shortcut failed');
      }
    },
  );

  app.view(CASE_FROM_MESSAGE, async ({ ack, body, view, client }) => {
    const session = await openSession(deps, client, body.user.id);
    const { s, ctx } = session;
    if (!ctx) {
      await ack({ response_action: 'errors', errors: { name: session.howToLink.slice(0, 150) } });
      return;
    }
    const at = decodeOrigin(view.private_metadata);
    let created: Record<string, unknown>;
    try {
      created = await createCase(ctx, {
        name: textOf(view, 'name') ?? '',
        description: textOf(view, 'description') ?? null,
        contactId: selectedOf(view, 'contactId')?.value ?? null,
      });
    } catch (e) {
      if (!(e instanceof DomainError)) {
        deps.log.error({ err: e }, 'case from message failed');
        await ack({ response_action: 'errors', errors: { name: s.m.somethingWrong } });
        return;
      }
      await ack({ response_action: 'errors', errors: caseFormErrors(view, e, s) });
      return;
    }
    await ack();
    const id = String(created.id);
    const ref = String(created.number);
    if (at) {
      // The case's stream keeps where it came from.
      try {
        const res = await client.chat.getPermalink({ channel: at.channel, message_ts: at.ts });
        if (res.permalink) {
          await postNote(ctx, {
            parentType: 'Case',
            parentId: id,
            post: s.m.thread.fromSlack(res.permalink),
          });
        }
      } catch (err) {
        deps.log.warn({ err: (err as Error).message, caseId: id }, 'message permalink not kept');
      }
    }
    const text = s.m.thread.created(
      link(adminUrl(deps.publicUrl, 'cases', id), ref),
      String(created.name),
    );
    const user = body.user.id;
    try {
      if (!at) throw new Error('no channel');
      await client.chat.postEphemeral({ channel: at.channel, user, text });
    } catch {
      // Not in that channel (or it is gone): the app's DM.
      await client.chat.postMessage({ channel: user, text }).catch((err) => {
        deps.log.warn({ err: (err as Error).message }, 'case-created answer failed');
      });
    }
  });
}
