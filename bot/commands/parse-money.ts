/** An amount typed in Slack, as the exact decimal string the domain takes. */
export interface TypedAmount {
  amount: string;
  currency?: string;
}

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

/**
 * `12500`, `12 500`, `12,500.50`, `12.500,50`, `12500,5`, `€12500`, `12500 EUR` → exact string.
 * A comma or dot followed by one or two digits at the end is the decimal mark; groups of three
 * are thousands. Null when it is not an amount ≥ 0. No float is involved.
 */
export function parseAmount(text: string): TypedAmount | null {
  let t = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  let currency: string | undefined;
  const sym = /^([€$£])|([€$£])$/.exec(t);
  if (sym) {
    currency = SYMBOLS[sym[1] ?? sym[2]!];
    t = t.replace(/[€$£]/, '');
  }
  const code = /^([A-Za-z]{3})|([A-Za-z]{3})$/.exec(t);
  if (code && !currency) {
    currency = (code[1] ?? code[2]!).toUpperCase();
    t = t.replace(/[A-Za-z]{3}/, '');
  }
  let digits: string | null = null;
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(t)) digits = t.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(t))
    digits = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d+([.,]\d{1,2})?$/.test(t)) digits = t.replace(',', '.');
  if (!digits || digits.replace(/\D/g, '').length > 18) return null;
  return currency ? { amount: digits, currency } : { amount: digits };
}

/** `2026-12-31` → itself when it is a real calendar date; null otherwise. */
export function parseIsoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? m[0] : null;
}
