import { intlLocale, langOf } from './locale';

/**
 * Slack renders U+202F (narrow no-break space, what Intl now puts in French numbers and dates)
 * as a visible gap or a box on some clients: every space we emit is U+00A0 instead.
 */
const NBSP = '\u00a0';
const tidy = (s: string) => s.replace(/[\u202f\u2009]/g, NBSP);

const SEPARATORS = {
  en: { group: ',', decimal: '.' },
  fr: { group: NBSP, decimal: ',' },
} as const;

/** Groups the digits of an integer string by thousands. */
const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/**
 * An exact decimal string ("12500", "1250.5", "-3.10") with two places, in the locale's
 * separators. The digits never go through a float, so 16-digit amounts stay exact.
 */
export function formatDecimal(amount: string, locale?: string | null): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) return amount;
  const [, sign, int, frac = ''] = m;
  const sep = SEPARATORS[langOf(locale)];
  const cents = `${frac}00`.slice(0, 2);
  return `${sign}${group(int!.replace(/^0+(?=\d)/, ''), sep.group)}${sep.decimal}${cents}`;
}

/** Where the locale puts the currency symbol, taken from Intl without formatting our digits. */
function currencyAffix(currency: string, locale: string) {
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
    const at = parts.findIndex((p) => p.type === 'currency');
    const num = parts.findIndex((p) => p.type === 'integer');
    const symbol = parts[at]?.value ?? currency;
    const spaced = parts.some((p) => p.type === 'literal' && /\s/.test(p.value));
    return { symbol, before: at < num, spaced };
  } catch {
    // An unknown code: show it as typed, after the amount.
    return { symbol: currency, before: false, spaced: true };
  }
}

/** "€12,500.00" (en), "12 500,00 €" (fr), exactly from the decimal string. */
export function formatMoney(
  amount: string | null | undefined,
  currency: string | null | undefined,
  locale?: string | null,
): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const loc = intlLocale(locale);
  const digits = formatDecimal(amount, loc);
  if (!currency) return digits;
  const { symbol, before, spaced } = currencyAffix(currency, loc);
  const gap = spaced ? NBSP : '';
  const negative = digits.startsWith('-');
  const abs = negative ? digits.slice(1) : digits;
  const body = before ? `${symbol}${gap}${abs}` : `${abs}${gap}${symbol}`;
  return tidy(negative ? `-${body}` : body);
}

/** A whole number with the locale's thousands separator. */
export const formatCount = (n: number, locale?: string | null) =>
  group(String(Math.trunc(n)), SEPARATORS[langOf(locale)].group);

/** "80%" (en), "80 %" (fr). */
export const formatPercent = (n: number, locale?: string | null) =>
  langOf(locale) === 'fr' ? `${n}${NBSP}%` : `${n}%`;

/**
 * A calendar date ("2026-12-31" or a Date) as "Dec 31, 2026" / "31 déc. 2026". Date-only
 * values are read and shown in UTC so a close date never shifts by a day.
 */
export function formatDate(value: string | Date | null | undefined, locale?: string | null) {
  if (!value) return '—';
  const d =
    typeof value === 'string'
      ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
      : value;
  if (Number.isNaN(d.getTime())) return String(value);
  const f = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return tidy(f.format(d));
}
