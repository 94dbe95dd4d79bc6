import { gte, inArray, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { opportunities } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import { getOpportunityStages, isWon } from '../settings/opportunity-stages';
import { allOf } from '../shared/list-query';
import { parseInput } from '../shared/validate';
import { firstDay, monthIndex, monthIndexOf, monthOf } from './months';
import { cents, dealScope, mineParam } from './report-scope';

export const MAX_REVENUE_MONTHS = 120;

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month as YYYY-MM.')
  .optional();
const revenueQuery = z.object({ from: month, to: month, mine: mineParam });

/**
 * Won deals by close-date month, every month of the range present (0.00 when none). Default
 * range: the last 12 months, this one included.
 */
export async function revenueReport(ctx: Ctx, input: unknown) {
  const q = parseInput(revenueQuery, input);
  const now = monthIndexOf(ctx.clock.now());
  const to = q.to ? monthIndex(q.to) : q.from ? monthIndex(q.from) + 11 : now;
  const from = q.from ? monthIndex(q.from) : to - 11;
  if (from > to) throw new Invalid({ from: 'The range must start before it ends.' });
  if (to - from + 1 > MAX_REVENUE_MONTHS) {
    throw new Invalid({ to: `Ask for at most ${MAX_REVENUE_MONTHS} months at a time.` });
  }
  const wonNames = (await getOpportunityStages(ctx)).filter(isWon).map((s) => s.name);
  const ym = sql<string>`to_char(${opportunities.closeDate}, 'YYYY-MM')`;
  const rows = wonNames.length
    ? await ctx.db
        .select({ month: ym, amount: sql<string>`sum(${opportunities.amount})::text` })
        .from(opportunities)
        .where(
          allOf([
            ...dealScope(ctx, q.mine),
            inArray(opportunities.stage, wonNames),
            gte(opportunities.closeDate, firstDay(from)),
            lt(opportunities.closeDate, firstDay(to + 1)),
          ]),
        )
        .groupBy(ym)
    : [];
  const byMonth = new Map(rows.map((r) => [r.month, r.amount]));
  const months = Array.from({ length: to - from + 1 }, (_, i) => {
    const m = monthOf(from + i);
    return { month: m, amount: cents(byMonth.get(m)) };
  });
  return { months };
}
