import type { Ctx } from '../context';
import { parseNumberRef } from '../shared/fields';
import { listOpportunities } from './opportunity-queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The deals a person means by what they typed (Slack: `/deal show D-7`, `/deal show acme`):
 * an id, a number ("D-7", "d7", "7") or words of the name. Only deals the actor may read;
 * newest first; `total` says how many matched in all.
 */
export async function findDealsByRef(ctx: Ctx, ref: string, limit = 10) {
  const typed = ref.trim();
  const n = parseNumberRef('D', typed);
  const filter =
    Number.isSafeInteger(n) && n <= 2_147_483_647
      ? { number: n }
      : UUID.test(typed)
        ? { id: typed }
        : { q: typed };
  return listOpportunities(ctx, { filter, range: [0, limit - 1] });
}
