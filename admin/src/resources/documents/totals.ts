import {
  add,
  dec,
  div,
  mul,
  parseDecimal,
  type Ratio,
  sub,
  toCents,
  ZERO,
} from '../../common/decimal';
import type { DocumentItem } from './kinds';

export interface Totals {
  amount: string;
  discountAmount: string;
  preDiscountedAmount: string;
  taxAmount: string;
  shippingCost: string;
  grandTotalAmount: string;
}

const HUNDRED = dec(100);

/** As the server resolves a line: quantity 1 by default, a missing list price is the unit price. */
const lineValues = (item: DocumentItem) => {
  const quantity = parseDecimal(item.quantity) ?? (item.quantity ? null : dec(1));
  const unitPrice = parseDecimal(item.unitPrice) ?? parseDecimal(item.listPrice);
  const listPrice = parseDecimal(item.listPrice) ?? unitPrice;
  return { quantity, unitPrice, listPrice };
};

/** unit price × quantity rounded half-up to cents; null while the line is incomplete */
export const lineAmount = (item: DocumentItem): string | null => {
  const { quantity, unitPrice } = lineValues(item);
  return quantity && unitPrice ? toCents(mul(unitPrice, quantity)) : null;
};

/** (list − unit) / list × 100 to 2 places; 0 without a list price */
export const lineDiscount = (item: DocumentItem): string | null => {
  const { unitPrice, listPrice } = lineValues(item);
  if (!unitPrice || !listPrice) return null;
  const ratio = div(sub(listPrice, unitPrice), listPrice);
  return ratio ? toCents(mul(ratio, HUNDRED)) : '0.00';
};

/**
 * server/domain/documents/document-totals.ts, in the browser: line amounts rounded to cents; the
 * discount and the tax summed exactly over the lines and rounded once; incomplete lines count 0.
 */
export const computeTotals = (
  items: DocumentItem[] | null | undefined,
  taxRate: string | null | undefined,
  shippingCost: string | null | undefined,
): Totals => {
  const docRate = parseDecimal(taxRate) ?? ZERO;
  const shipping = parseDecimal(shippingCost) ?? ZERO;
  let amount: Ratio = ZERO;
  let discount: Ratio = ZERO;
  let tax: Ratio = ZERO;
  for (const item of items ?? []) {
    if (!item) continue;
    const { quantity, unitPrice, listPrice } = lineValues(item);
    if (!quantity || !unitPrice || !listPrice) continue;
    const line = dec(toCents(mul(unitPrice, quantity)));
    const rate = parseDecimal(item.taxRate) ?? docRate;
    amount = add(amount, line);
    discount = add(discount, mul(sub(listPrice, unitPrice), quantity));
    tax = add(tax, div(mul(line, rate), HUNDRED)!);
  }
  const discountAmount = dec(toCents(discount));
  const taxAmount = dec(toCents(tax));
  return {
    amount: toCents(amount),
    discountAmount: toCents(discountAmount),
    preDiscountedAmount: toCents(add(amount, discountAmount)),
    taxAmount: toCents(taxAmount),
    shippingCost: toCents(shipping),
    grandTotalAmount: toCents(add(add(amount, shipping), taxAmount)),
  };
};
