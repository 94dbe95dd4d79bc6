/**
 * Exact decimal arithmetic for live previews: a decimal string becomes a fraction of two
 * bigints, so sums, products and quotients never go through a float. Only the final value is
 * rounded, half-up (away from zero) to cents, as the server does (decimal.js ROUND_HALF_UP).
 */
export interface Ratio {
  n: bigint;
  /** always > 0 */
  d: bigint;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** "12.50", "12,5", " 3 " → a ratio; anything else (empty, "abc") → null. */
export const parseDecimal = (value: unknown): Ratio | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? parseDecimal(String(value)) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(',', '.');
  if (!DECIMAL.test(s)) return null;
  const negative = s.startsWith('-');
  const [whole = '0', fraction = ''] = s.replace(/^-/, '').split('.');
  const n = BigInt(`${whole}${fraction}`) * (negative ? -1n : 1n);
  return { n, d: 10n ** BigInt(fraction.length) };
};

export const dec = (value: string | number | bigint): Ratio =>
  typeof value === 'bigint' ? { n: value, d: 1n } : (parseDecimal(value) ?? { n: 0n, d: 1n });

export const ZERO: Ratio = { n: 0n, d: 1n };
export const add = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const sub = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const mul = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.n, d: a.d * b.d });
/** null when dividing by zero */
export const div = (a: Ratio, b: Ratio): Ratio | null => {
  if (b.n === 0n) return null;
  const sign = b.n < 0n ? -1n : 1n;
  return { n: a.n * b.d * sign, d: a.d * b.n * sign };
};
export const isZero = (a: Ratio) => a.n === 0n;
export const isNegative = (a: Ratio) => a.n < 0n;

/** Rounded half-up (away from zero) to cents: "0.30", "-1.01". */
export const toCents = (a: Ratio): string => {
  const abs = a.n < 0n ? -a.n : a.n;
  const cents = (2n * abs * 100n + a.d) / (2n * a.d);
  const sign = a.n < 0n && cents !== 0n ? '-' : '';
  return `${sign}${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`;
};
