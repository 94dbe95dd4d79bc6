import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { systemActor } from '../../server/domain/access/actor';
import { caseByCardMessage } from '../../server/domain/cases/case-by-card';
import { getCase } from '../../server/domain/cases/case-queries';
import { withActor } from '../../server/domain/context';
import { DomainError } from '../../server/domain/errors';
import { claimSlackEvent } from '../../server/domain/slack/claim-event';
import { isSupportChannel } from '../../server/domain/slack/support-mode';
import { applyCaseOp, type CaseOp, caseCardMessage } from '../actions/case-ops';
import { openSession } from '../actions/session';
import type { BotDeps } from '../deps';
import { describeDomainError } from '../i18n/domain-errors';
import { toCaseData } from '../views/case-card';

/** slack.md, Cases in threads: 👀 assigns the case to me, ✅ closes it. */
const OPS: Record<string, CaseOp> = {
  eyes: 'assign',
  white_check_mark: 'close',
  heavy_check_mark: 'close',
};

/**
 * The case card a reacted-to message belongs to: the card itself, or (in a support channel) a
 * message of its thread. reaction_added does not say which thread a message is in, so a reply's
 * parent is asked of Slack (conversations.replies accepts a reply's ts and names its thread).
 */
async function caseOfMessage(
  deps: BotDeps,
  client: WebClient,
  channel: string,
  ts: string,
): Promise<{ caseId: string; cardTs: string } | null> {
  const system = withActor(deps.services, systemActor);
  const direct = await caseByCardMessage(system, channel, ts);
  if (direct) return { caseId: direct, cardTs: ts };
  if (!(await isSupportChannel(system, channel))) return null;
  try {
    const res = await client.conversations.replies({ channel, ts, limit: 1 });
    const parent = res.messages?.[0]?.thread_ts;
    if (!parent || parent === ts) return null;
    const caseId = await caseByCardMessage(system, channel, parent);
    return caseId ? { caseId, cardTs: parent } : null;
  } catch (err) {
    deps.log.warn({ err: (err as Error).message }, 'conversations.replies failed');
    return null;
  }
}

/**
 * `reaction_added` on a case card (or its thread): 👀 assigns the case to the member who reacted,
 * ✅ closes it, as that member (their roles apply). The card is updated in place; a refusal or an
 * unlinked member is told privately. Any other reaction, or on any other message, is ignored.
 */
export function registerReactions(app: App, deps: BotDeps) {
  app.event('reaction_added', async ({ event, body, client }) => {
    const op = OPS[event.reaction];
    if (!op || event.item.type !== 'message') return;
    const { channel, ts } = event.item;
    try {
      // The HTTP receiver already drops a retried event_id; Socket Mode redelivers too.
      const eventId = (body as { event_id?: string }).event_id;
      if (
        eventId &&
        !(await claimSlackEvent(deps.services, { id: `reaction:${eventId}`, kind: 'reaction' }))
      ) {
        return;
      }
      const found = await caseOfMessage(deps, client, channel, ts);
      if (!found) return;
      const session = await openSession(deps, client, event.user);
      const tell = (text: string) =>
        client.chat.postEphemeral({ channel, user: event.user, text }).catch((err) => {
          deps.log.warn({ err: (err as Error).message }, 'ephemeral answer to a reaction failed');
        });
      if (!session.ctx) return void (await tell(session.howToLink));
      const { ctx, s } = session;
      try {
        const done = await applyCaseOp(ctx, s, found.caseId, op);
        const card = await caseCardMessage(ctx, s, deps.publicUrl, done.record, { neutral: true });
        await client.chat.update({
          channel,
          ts: found.cardTs,
          text: card.text,
          blocks: card.blocks,
        });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        const why = describeDomainError(e, s, s.m.case.what) ?? s.m.somethingWrong;
        const ref = await getCase(ctx, found.caseId)
          .then((r) => toCaseData(r).number)
          .catch(() => s.m.case.what);
        await tell(s.m.case.reactionFailed(ref, why));
      }
    } catch (err) {
      deps.log.error({ err }, 'case reaction failed');
    }
  });
}
