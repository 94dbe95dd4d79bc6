import { cents, Dec } from '../shared/decimal';

/** One line as stored: exact decimal strings (quantity and rates to 4 places, money to 2). */
export interface ItemValues {
  productId: string | null;
  name: string;
  quantity: string;
  listPrice: string;
  unitPrice: string;
  /** Null: the document's tax rate applies. */
  taxRate: string | null;
  amount: string;
}

export interface Totals {
  amount: string;
  discountAmount: string;
  preDiscountedAmount: string;
  taxAmount: string;
  grandTotalAmount: string;
}

/** A line's amount: unit price × quantity, rounded half-up to cents. */
export const lineAmount = (unitPrice: string, quantity: string) =>
  cents(new Dec(unitPrice).times(quantity));

/** The derived discount %, (list − unit) / list × 100, to 2 places; 0 without a list price. */
export function lineDiscount(listPrice: string, unitPrice: string): string {
  const list = new Dec(listPrice);
  if (list.isZero()) return '0.00';
  return cents(list.minus(unitPrice).div(list).times(100));
}

/**
 * Document totals (domain.md), exact: line amounts are already rounded; the discount and the
 * tax are summed exactly over the lines and rounded half-up once.
 */
export function computeTotals(items: ItemValues[], taxRate: string, shippingCost: string): Totals {
  let amount = new Dec(0);
  let discount = new Dec(0);
  let tax = new Dec(0);
  for (const i of items) {
    amount = amount.plus(i.amount);
    discount = discount.plus(new Dec(i.listPrice).minus(i.unitPrice).times(i.quantity));
    tax = tax.plus(new Dec(i.amount).times(i.taxRate ?? taxRate).div(100));
  }
  const discountAmount = new Dec(cents(discount));
  const taxAmount = new Dec(cents(tax));
  return {
    amount: cents(amount),
    discountAmount: cents(discountAmount),
    preDiscountedAmount: cents(amount.plus(discountAmount)),
    taxAmount: cents(taxAmount),
    grandTotalAmount: cents(amount.plus(shippingCost).plus(taxAmount)),
  };
}
