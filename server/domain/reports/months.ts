/** Calendar months as integers (year × 12 + month − 1), so ranges are simple arithmetic. */
export const monthIndex = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
};

export const monthOf = (index: number) => {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
};

/** The first day of a month index as YYYY-MM-DD. */
export const firstDay = (index: number) => `${monthOf(index)}-01`;

/** The month of an instant, in UTC (the server's business calendar). */
export const monthIndexOf = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
