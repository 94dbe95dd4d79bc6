import { type Ctx, inTransaction } from '../context';
import { getOpportunityStages } from '../settings/opportunity-stages';
import { assertWritable } from '../shared/records';
import { matchStage } from './find-stage';
import { findDeal } from './opportunity-queries';
import { presentOpportunity } from './present-opportunity';
import { applyDealPatch } from './update-opportunity';

/**
 * Moves a deal to the stage a user typed (Slack: `/deal stage D-7 négo`): the deal by id or
 * number, the stage by English or French name or prefix. The probability rules are the same
 * as in the REST update (a by-hand probability stays, won/lost force 100/0).
 */
export async function moveDealStage(ctx: Ctx, dealRef: string, typedStage: string) {
  assertWritable(ctx, 'Opportunity', { stage: typedStage });
  return inTransaction(ctx, async (tx) => {
    const before = await findDeal(tx, dealRef, 'edit');
    const stage = matchStage(await getOpportunityStages(tx), typedStage);
    const row = await applyDealPatch(tx, before, { stage: stage.name });
    return {
      previousStage: before.stage,
      previousProbability: before.probability,
      deal: await presentOpportunity(tx, row),
    };
  });
}
