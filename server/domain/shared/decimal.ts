import Decimal from 'decimal.js';

/**
 * decimal.js with room for every product of a numeric(18,2) and a numeric(14,4) (no rounding
 * before the final one) and half-up rounding, as on an invoice.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** Rounded half-up to cents, as a decimal string ("0.30", "1.01"). */
export const cents = (d: Dec) => d.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
