import { Dec } from '../shared/decimal';
import type { PdfLanguage } from './template-input';

/**
 * Numbers printed from exact decimal strings. French groups with U+00A0 (a plain no-break space:
 * the narrow U+202F that Intl uses prints as garbage in many PDF viewers and fonts).
 */
const NBSP = '\u00a0';
const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF', JPY: '¥' };

const isNumeric = (v: unknown): v is string | number =>
  (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) ||
  (typeof v === 'number' && Number.isFinite(v));

function group(int: string, sep: string) {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function localise(fixed: string, lang: PdfLanguage) {
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const body =
    lang === 'fr'
      ? group(int, NBSP) + (frac ? `,${frac}` : '')
      : group(int, ',') + (frac ? `.${frac}` : '');
  return { negative, body };
}

/** `1234.5` → `€1,234.50` (en) or `1 234,50 €` (fr); anything non-numeric prints as it is. */
export function formatMoney(value: unknown, currency: string, lang: PdfLanguage): string {
  if (!isNumeric(value)) return value == null ? '' : String(value);
  const { negative, body } = localise(new Dec(value).toFixed(2), lang);
  const sign = negative ? '-' : '';
  const symbol = SYMBOLS[currency] ?? currency;
  if (lang === 'fr') return `${sign}${body}${NBSP}${symbol}`;
  return symbol.length === 1 ? `${sign}${symbol}${body}` : `${sign}${symbol}${NBSP}${body}`;
}

/** A quantity or a rate without padding zeros: `2.5000` → `2.5` / `2,5`. */
export function formatDecimal(value: unknown, lang: PdfLanguage): string {
  if (!isNumeric(value)) return value == null ? '' : String(value);
  const { negative, body } = localise(new Dec(value).toFixed(), lang);
  return negative ? `-${body}` : body;
}
