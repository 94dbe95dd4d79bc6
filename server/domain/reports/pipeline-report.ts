import Decimal from 'decimal.js';
import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import { opportunities } from '../../../db/schema';
import type { Ctx } from '../context';
import { getOpportunityStages, isLost, isWon } from '../settings/opportunity-stages';
import { allOf } from '../shared/list-query';
import { firstDay, monthIndexOf } from './months';
import { cents, dealScope, parseReportQuery, weighted } from './report-scope';

const amountTimesProbability = sql<string>`coalesce(sum(${opportunities.amount} * ${opportunities.probability}), 0)::text`;
const amountSum = sql<string>`coalesce(sum(${opportunities.amount}), 0)::text`;

/**
 * Per configured non-lost stage (settings order, empty stages included): count, amount and
 * weighted amount (Σ amount × the deal's probability / 100), plus totals, computed in SQL numeric
 * and rounded half-up to cents once. Also `won`: won amounts closing this month and quarter
 * (Slack `/pipeline`). Amounts are summed whatever their currency.
 */
export async function pipelineReport(ctx: Ctx, input: unknown) {
  const { mine } = parseReportQuery(input);
  const stages = await getOpportunityStages(ctx);
  const counted = stages.filter((s) => !isLost(s));
  const wonNames = stages.filter(isWon).map((s) => s.name);
  const scope = dealScope(ctx, mine);
  const month = monthIndexOf(ctx.clock.now());
  const quarter = month - (month % 3);

  const [rows, won] = await Promise.all([
    counted.length
      ? ctx.db
          .select({
            stage: opportunities.stage,
            count: sql<number>`count(*)::int`,
            amount: amountSum,
            raw: amountTimesProbability,
          })
          .from(opportunities)
          .where(
            allOf([
              ...scope,
              inArray(
                opportunities.stage,
                counted.map((s) => s.name),
              ),
            ]),
          )
          .groupBy(opportunities.stage)
      : [],
    wonNames.length
      ? ctx.db
          .select({
            month: sql<string>`coalesce(sum(${opportunities.amount}) filter (where ${gte(opportunities.closeDate, firstDay(month))}), 0)::text`,
            quarter: amountSum,
          })
          .from(opportunities)
          .where(
            allOf([
              ...scope,
              inArray(opportunities.stage, wonNames),
              and(
                gte(opportunities.closeDate, firstDay(quarter)),
                lt(opportunities.closeDate, firstDay(quarter + 3)),
              ),
            ]),
          )
      : [],
  ]);

  const byStage = new Map(rows.map((r) => [r.stage, r]));
  let count = 0;
  let amount = new Decimal(0);
  let raw = new Decimal(0);
  const out = counted.map((s) => {
    const r = byStage.get(s.name);
    count += r?.count ?? 0;
    amount = amount.plus(r?.amount ?? 0);
    raw = raw.plus(r?.raw ?? 0);
    return {
      stage: s.name,
      probability: s.probability,
      count: r?.count ?? 0,
      amount: cents(r?.amount),
      weightedAmount: weighted(r?.raw),
    };
  });
  return {
    stages: out,
    totals: { count, amount: cents(amount.toString()), weightedAmount: weighted(raw.toString()) },
    won: { month: cents(won[0]?.month), quarter: cents(won[0]?.quarter) },
  };
}
