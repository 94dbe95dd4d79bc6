import type { App } from '@slack/bolt';
import { systemActor } from '../../server/domain/access/actor';
import { withActor } from '../../server/domain/context';
import { claimSlackEvent } from '../../server/domain/slack/claim-event';
import { supportThread } from '../../server/domain/slack/support-thread';
import { openSession } from '../actions/session';
import { type ThreadSpot, tellInThread, warnInThread } from '../actions/thread-feedback';
import { keepAsNote, sendToCustomer } from '../actions/thread-ops';
import type { BotDeps } from '../deps';
import { nameMentions } from './name-mentions';
import { threadIntent } from './thread-intent';

const REPLY_SUBTYPES = new Set(['file_share', 'thread_broadcast']);

/** The fields of a `message` event this listener reads. */
interface ThreadMessage {
  subtype?: string;
  bot_id?: string;
  user?: string;
  channel: string;
  ts: string;
  thread_ts?: string;
  text?: string;
  files?: unknown[];
}

/**
 * `message` events (message.channels, message.groups): a person's reply in the thread of a case
 * card in a support channel is the agent answering (slack.md, Cases in threads). Public mode: an
 * e-mail to the customer, unless it starts with 🔒 (an internal note, 🔒 reaction at once).
 * Internal mode: a note, unless it starts with ✉️. Anything else (other threads, channels, bots,
 * edits and deletions) is left alone. Each message is handled once, even when Slack redelivers it
 * (the receiver's event_id claim, and the message's own claim for Socket Mode).
 */
export function registerThreadMessages(app: App, deps: BotDeps) {
  app.event('message', async ({ event, client }) => {
    const m = event as unknown as ThreadMessage;
    // A reply with files, or one also sent to the channel, is still a reply; edits etc. are not.
    if (m.subtype && !REPLY_SUBTYPES.has(m.subtype)) return;
    if (m.bot_id || !m.user || !m.thread_ts || m.thread_ts === m.ts) return;
    try {
      const system = withActor(deps.services, systemActor);
      const thread = await supportThread(system, m.channel, m.thread_ts);
      if (!thread) return;
      const claim = { id: `message:${m.channel}:${m.ts}`, kind: 'thread_message' };
      if (!(await claimSlackEvent(deps.services, claim))) return;

      const spot: ThreadSpot = {
        channel: m.channel,
        ts: m.ts,
        threadTs: m.thread_ts,
        user: m.user,
      };
      const session = await openSession(deps, client, m.user);
      if (!session.ctx) {
        // Nothing is stored for someone the CRM does not know.
        await warnInThread(client, deps.log, spot, session.howToLink);
        return;
      }
      const intent = threadIntent(m.text ?? '', thread.mode);
      const body = await nameMentions(client, intent.body);
      const op = { deps, client, ctx: session.ctx, s: session.s, caseId: thread.caseId, spot };
      if (intent.kind === 'note') {
        await keepAsNote(op, body);
        return;
      }
      const sent = await sendToCustomer(op, body);
      if (sent && m.files?.length) {
        await tellInThread(client, deps.log, spot, session.s.m.thread.filesNotSent);
      }
    } catch (err) {
      deps.log.error({ err, channel: m.channel, ts: m.ts }, 'case thread message failed');
    }
  });
}
