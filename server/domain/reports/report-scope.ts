import Decimal from 'decimal.js';
import { eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { opportunities } from '../../../db/schema';
import { scopeCondition } from '../access/check';
import type { Ctx } from '../context';
import { parseInput } from '../shared/validate';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The deals a report may count: those the reader may read (a rep with `own` read sees only
 * theirs), and with `mine` only those assigned to the reader (Slack `/pipeline mine`).
 */
export function dealScope(ctx: Ctx, mine: boolean): (SQL | undefined)[] {
  return [
    scopeCondition(ctx.actor, 'Opportunity', 'read', opportunities),
    mine ? eq(opportunities.assignedUserId, ctx.actor.id ?? NOBODY) : undefined,
  ];
}

export const mineParam = z
  .enum(['true', 'false', '1', '0'], { message: 'Use mine=true or mine=false.' })
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const reportQuery = z.object({ mine: mineParam });

/** `?mine=true` from a front door's query string. */
export const parseReportQuery = (input: unknown) => parseInput(reportQuery, input);

/** Exact money out of a SQL numeric read as text: two places, half-up, never through a float. */
export const cents = (v: string | number | null | undefined) =>
  new Decimal(v ?? 0).toFixed(2, Decimal.ROUND_HALF_UP);

/** Σ amount × probability (read as text) → Σ / 100 with two places. */
export const weighted = (sumOfAmountTimesProbability: string | null | undefined) =>
  new Decimal(sumOfAmountTimesProbability ?? 0).div(100).toFixed(2, Decimal.ROUND_HALF_UP);
