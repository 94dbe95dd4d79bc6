import Decimal from 'decimal.js';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import { UUID } from './list-query';

/** Optional text: trimmed, empty means null. */
export const text = (max = 255) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const email = z
  .union([
    z.string().trim().toLowerCase().pipe(z.email('Not a valid e-mail address.')),
    z.literal(''),
  ])
  .nullish()
  .transform((v) => (v ? v : null));

const MONEY = /^\d{1,16}(\.\d{1,2})?$/;
/**
 * Money as an exact decimal string with two places. A JSON number is accepted only through its
 * shortest decimal form, never through float arithmetic.
 */
export const money = z.union([z.string().trim(), z.number()]).transform((v, c) => {
  const s = typeof v === 'number' ? String(v) : v;
  if (!MONEY.test(s)) {
    c.addIssue({ code: 'custom', message: 'Enter an amount ≥ 0 with at most 2 decimals.' });
    return z.NEVER;
  }
  return new Decimal(s).toFixed(2);
});

export const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use a 3-letter currency code, e.g. EUR.');

export const uuid = z.uuid('Not a valid id.');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD.')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'Not a real date.');

/** Checks that every referenced user exists and is active: inactive users never get work. */
export async function assertActiveUsers(
  ctx: Ctx,
  field: string,
  ids: (string | null | undefined)[],
): Promise<void> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return;
  const found = await ctx.db
    .select({ id: users.id, isActive: users.isActive })
    .from(users)
    .where(inArray(users.id, wanted));
  const ok = new Set(found.filter((u) => u.isActive).map((u) => u.id));
  if (wanted.some((id) => !ok.has(id))) throw new Invalid({ [field]: 'No such active user.' });
}

/** "L-12" / "D-7" / "12" → 12; anything else → NaN. */
export function parseNumberRef(prefix: string, value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  const m = new RegExp(`^(?:${prefix}-?)?(\\d+)$`, 'i').exec(value.trim());
  return m ? Number(m[1]) : Number.NaN;
}

/** An exact non-negative decimal with at most `places` decimals, stored as `toFixed(places)`. */
const decimalText = (re: RegExp, places: number, message: string) =>
  z.union([z.string().trim(), z.number()], message).transform((v, c) => {
    const s = typeof v === 'number' ? String(v) : v;
    if (!re.test(s)) {
      c.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return new Decimal(s).toFixed(places);
  });

/** A percentage (tax rate, pricing factor) ≥ 0 with at most 4 decimals, e.g. "8.875". */
export const percent = decimalText(
  /^\d{1,5}(\.\d{1,4})?$/,
  4,
  'Enter a percentage ≥ 0 with at most 4 decimals.',
);

/** A quantity > 0 with at most 4 decimals. */
export const quantity = decimalText(
  /^\d{1,10}(\.\d{1,4})?$/,
  4,
  'Enter a quantity > 0 with at most 4 decimals.',
).refine((s) => new Decimal(s).gt(0), 'Enter a quantity > 0 with at most 4 decimals.');

/** A stored exact decimal as people write it: "20.0000" → "20", "8.8750" → "8.875". */
export const plainDecimal = (v: string | null) => (v === null ? null : new Decimal(v).toString());

/**
 * The list filter for what a person typed to mean a record (Slack: `/deal show D-7`, `d7`, `7`,
 * an id, or words of its name).
 */
export function refFilter(prefix: string, ref: string): Record<string, unknown> {
  const typed = ref.trim();
  const n = parseNumberRef(prefix, typed);
  if (Number.isSafeInteger(n) && n <= 2_147_483_647) return { number: n };
  return UUID.test(typed) ? { id: typed } : { q: typed };
}
