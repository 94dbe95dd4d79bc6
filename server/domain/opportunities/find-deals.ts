import type { Ctx } from '../context';
import { refFilter } from '../shared/fields';
import { listOpportunities } from './opportunity-queries';

/**
 * The deals a person means by what they typed (Slack: `/deal show D-7`, `/deal show acme`):
 * an id, a number ("D-7", "d7", "7") or words of the name. Only deals the actor may read;
 * newest first; `total` says how many matched in all.
 */
export async function findDealsByRef(ctx: Ctx, ref: string, limit = 10) {
  const filter = refFilter('D', ref);
  return listOpportunities(ctx, { filter, range: [0, limit - 1] });
}
