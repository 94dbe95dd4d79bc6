import type { App, BlockAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { caseByCardMessage } from '../../server/domain/cases/case-by-card';
import type { BotDeps } from '../deps';
import { ACTION, caseIdOfBlock, PICK_PATTERN } from '../views/ids';
import { on, safeJson } from './card-actions';
import { applyCaseOp, type CaseOp, caseCardMessage } from './case-ops';
import { textMessage } from './error-reply';
import type { Session } from './session';

const pickValue = z.object({ id: z.string(), op: z.string() });

/**
 * Answers a click on a case card. A support channel's card (slack_cards) is everyone's: it is
 * updated in place for all (no "you" on it) and the clicker is told what happened privately.
 * Any other card (an ephemeral one, a list) is answered as lead and deal cards are.
 */
async function answerCase(
  deps: BotDeps,
  args: { body: BlockAction; session: Session; client: WebClient; respond: RespondFn },
  caseId: string,
  op: CaseOp,
  arg?: string,
) {
  const { body, session, client, respond } = args;
  const ctx = session.ctx!;
  const s = session.s;
  const done = await applyCaseOp(ctx, s, caseId, op, arg);
  const channel = body.channel?.id;
  const ts = body.message?.ts;
  const shared =
    channel && ts && !body.container?.is_ephemeral
      ? (await caseByCardMessage(ctx, channel, ts)) === caseId
      : false;
  if (shared && channel && ts) {
    const card = await caseCardMessage(ctx, s, deps.publicUrl, done.record, { neutral: true });
    await client.chat.update({ channel, ts, text: card.text, blocks: card.blocks });
    if (done.note && body.response_url) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: done.note,
        blocks: textMessage(done.note).blocks,
      });
    }
    return null;
  }
  return caseCardMessage(ctx, s, deps.publicUrl, done.record, { note: done.note });
}

/** Buttons and the status select on case cards, and case pick-lists (ids in bot/views/ids.ts). */
export function registerCaseActions(app: App, deps: BotDeps) {
  on(app, deps, ACTION.caseAssignMe, (a) => answerCase(deps, a, a.value, 'assign'));
  on(app, deps, ACTION.caseClose, (a) => answerCase(deps, a, a.value, 'close'));
  on(app, deps, ACTION.caseStatus, async (a) => {
    const caseId = caseIdOfBlock(a.body.actions[0]?.block_id);
    if (!caseId || !a.selected) return null;
    return answerCase(deps, a, caseId, 'status', a.selected);
  });
  on(app, deps, PICK_PATTERN.case, async (a) => {
    const pick = pickValue.safeParse(safeJson(a.value));
    if (!pick.success) return textMessage(a.session.s.m.somethingWrong);
    return answerCase(deps, a, pick.data.id, 'show');
  });
}
