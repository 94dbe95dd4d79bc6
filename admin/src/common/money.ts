type Numeric = `${number}`;

const isDecimal = (value: string): value is Numeric => /^-?\d+(\.\d+)?$/.test(value.trim());

/** Formats a decimal string without going through a float (Intl accepts numeric strings). */
export const formatMoney = (
  amount: string | number | null | undefined,
  currency: string | null | undefined,
  locale: string,
): string => {
  if (amount === null || amount === undefined || amount === '') return '';
  const value = typeof amount === 'number' ? amount : amount.trim();
  if (typeof value === 'string' && !isDecimal(value)) return value;
  const options: Intl.NumberFormatOptions = currency
    ? { style: 'currency', currency }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  try {
    return new Intl.NumberFormat(locale, options).format(value as Numeric | number);
  } catch {
    return `${value} ${currency ?? ''}`.trim();
  }
};

/** Only for chart geometry: never display the result. */
export const toChartNumber = (amount: string | null | undefined): number => {
  const n = Number(amount);
  return Number.isFinite(n) ? n : 0;
};

const toCents = (amount: string): bigint => {
  const [whole = '0', fraction = ''] = amount.trim().replace(/^-/, '').split('.');
  const cents = BigInt(whole || '0') * 100n + BigInt(`${fraction}00`.slice(0, 2));
  return amount.trim().startsWith('-') ? -cents : cents;
};

const fromCents = (cents: bigint): string => {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};

/** Exact sums of decimal strings, one per currency. */
export const sumByCurrency = (
  rows: { amount?: string | null; currency?: string | null }[],
): Map<string, string> => {
  const sums = new Map<string, bigint>();
  for (const row of rows) {
    if (!row.amount || !isDecimal(row.amount)) continue;
    const currency = row.currency ?? '';
    sums.set(currency, (sums.get(currency) ?? 0n) + toCents(row.amount));
  }
  return new Map([...sums].map(([currency, cents]) => [currency, fromCents(cents)]));
};
