import type { Ctx } from '../../server/domain/context';
import { findDealsByRef } from '../../server/domain/opportunities/find-deals';
import { findStageMatches } from '../../server/domain/opportunities/find-stage';
import { moveDealStage } from '../../server/domain/opportunities/move-deal-stage';
import { getOpportunity } from '../../server/domain/opportunities/opportunity-queries';
import { updateOpportunity } from '../../server/domain/opportunities/update-opportunity';
import { getOpportunityStages } from '../../server/domain/settings/opportunity-stages';
import { parseAmount, parseIsoDate } from '../commands/parse-money';
import type { Speech } from '../i18n';
import { formatDate, formatMoney, formatPercent } from '../i18n/format';
import { stageLabel } from '../i18n/stage-label';
import { esc, type Message, section } from '../views/block-kit';
import { dealCard } from '../views/deal-card';
import { pickListMessage } from '../views/pick-list';
import { toDealData } from '../views/records';
import { textMessage } from './error-reply';
import { quoteFromDeal } from './quote-ops';
import { oneOrPickList } from './resolve-ref';
import { viewerFor } from './viewer';

export type DealOp = 'show' | 'stage' | 'amount' | 'close' | 'assign' | 'quote';

/** The one deal meant by `ref`, or the reply to send instead (no match, or a pick-list). */
export async function resolveDeal(
  ctx: Ctx,
  s: Speech,
  ref: string,
  op: DealOp,
  arg?: string,
): Promise<{ deal: Record<string, unknown> } | { reply: Message }> {
  const r = oneOrPickList(await findDealsByRef(ctx, ref), ref, s, {
    kind: 'deal',
    what: s.m.deal,
    choice: (record) => {
      const d = toDealData(record);
      return { label: `${d.number} ${d.name}`, value: { id: d.id, op, ...(arg ? { arg } : {}) } };
    },
  });
  return 'one' in r ? { deal: r.one } : r;
}

/** The deal card, with a line above it saying what just happened. */
export async function dealCardMessage(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  record: Record<string, unknown>,
  note?: string,
): Promise<Message> {
  const deal = toDealData(record);
  const [stages, viewer] = await Promise.all([getOpportunityStages(ctx), viewerFor(ctx, [deal])]);
  const card = dealCard(deal, stages, viewer, s, publicUrl);
  return {
    text: note ?? `${deal.number} ${deal.name}`,
    blocks: note ? [section(note), ...card] : card,
  };
}

/**
 * Moves a deal to the stage the user typed. The stage is matched here first (English or French,
 * prefix) so an ambiguous word gets buttons and an unknown one the list, in the user's language.
 */
async function moveStage(ctx: Ctx, s: Speech, publicUrl: string, dealId: string, typed: string) {
  const stages = await getOpportunityStages(ctx);
  const hits = findStageMatches(stages, typed);
  if (!hits.length) {
    const all = stages.map((st) => stageLabel(stages, st.name, s.lang)).join(', ');
    return textMessage(s.m.noStage(esc(typed), all));
  }
  if (hits.length > 1) {
    const choices = hits.map((st) => ({
      label: stageLabel(stages, st.name, s.lang),
      value: { id: dealId, op: 'stage', arg: st.name },
    }));
    return pickListMessage('deal', s.m.whichStage(esc(typed)), choices, choices.length, s);
  }
  const moved = await moveDealStage(ctx, dealId, hits[0]!.name);
  const deal = toDealData(moved.deal);
  const note = s.m.dealMoved(
    `${deal.number}`,
    stageLabel(stages, moved.previousStage, s.lang),
    stageLabel(stages, deal.stage, s.lang),
    deal.probability === undefined ? '—' : formatPercent(deal.probability, s.locale),
  );
  return dealCardMessage(ctx, s, publicUrl, moved.deal, note);
}

/** Runs one deal operation on a resolved deal and returns the reply (the updated card). */
export async function applyDealOp(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  dealId: string,
  op: DealOp,
  arg = '',
): Promise<Message> {
  switch (op) {
    case 'stage':
      return moveStage(ctx, s, publicUrl, dealId, arg);
    case 'amount': {
      const typed = parseAmount(arg);
      if (!typed) return textMessage(s.m.badAmount(esc(arg)));
      const deal = await updateOpportunity(ctx, dealId, typed);
      const d = toDealData(deal);
      const note = s.m.amountChanged(
        d.number,
        formatMoney(d.amount, d.currency ?? 'EUR', s.locale),
      );
      return dealCardMessage(ctx, s, publicUrl, deal, note);
    }
    case 'close': {
      const date = parseIsoDate(arg);
      if (!date) return textMessage(s.m.badDate(esc(arg)));
      const deal = await updateOpportunity(ctx, dealId, { closeDate: date });
      const d = toDealData(deal);
      return dealCardMessage(
        ctx,
        s,
        publicUrl,
        deal,
        s.m.closeDateChanged(d.number, formatDate(d.closeDate, s.locale)),
      );
    }
    case 'quote': {
      const deal = toDealData(await getOpportunity(ctx, dealId));
      return quoteFromDeal(ctx, s, publicUrl, deal.id, deal.number);
    }
    case 'assign': {
      const deal = await updateOpportunity(ctx, dealId, { assignedUserId: ctx.actor.id });
      return dealCardMessage(ctx, s, publicUrl, deal, s.m.assignedToYou(toDealData(deal).number));
    }
    default:
      return dealCardMessage(ctx, s, publicUrl, await getOpportunity(ctx, dealId));
  }
}
