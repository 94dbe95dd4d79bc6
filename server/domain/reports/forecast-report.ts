import { inArray, sql } from 'drizzle-orm';
import { opportunities } from '../../../db/schema';
import type { Ctx } from '../context';
import { getOpportunityStages, isOpen } from '../settings/opportunity-stages';
import { allOf } from '../shared/list-query';
import { dealScope, parseReportQuery, weighted } from './report-scope';

/** Addition to contract.md: Σ amount × probability / 100 over open deals (domain.md). */
export async function forecastReport(ctx: Ctx, input: unknown) {
  const { mine } = parseReportQuery(input);
  const open = (await getOpportunityStages(ctx)).filter(isOpen).map((s) => s.name);
  const [row] = open.length
    ? await ctx.db
        .select({
          count: sql<number>`count(*)::int`,
          raw: sql<string>`coalesce(sum(${opportunities.amount} * ${opportunities.probability}), 0)::text`,
        })
        .from(opportunities)
        .where(allOf([...dealScope(ctx, mine), inArray(opportunities.stage, open)]))
    : [];
  return { amount: weighted(row?.raw), count: row?.count ?? 0 };
}
