import {
  add,
  dec,
  div,
  isNegative,
  isZero,
  mul,
  parseDecimal,
  sub,
  toCents,
} from '../../common/decimal';

export const PRICING_TYPES = [
  'Same as List',
  'Fixed',
  'Discount from List',
  'Markup over Cost',
  'Profit Margin',
] as const;
export type PricingType = (typeof PRICING_TYPES)[number];

export const PRODUCT_STATUSES = ['Available', 'Unavailable'] as const;

/** Which inputs a pricing type reads (server/domain/catalog/pricing.ts). */
export const PRICING_NEEDS: Record<PricingType, string[]> = {
  'Same as List': ['listPrice'],
  Fixed: ['unitPrice'],
  'Discount from List': ['listPrice', 'pricingFactor'],
  'Markup over Cost': ['costPrice', 'pricingFactor'],
  'Profit Margin': ['costPrice', 'pricingFactor'],
};

export interface PricingValues {
  pricingType?: string | null;
  pricingFactor?: string | null;
  costPrice?: string | null;
  listPrice?: string | null;
  unitPrice?: string | null;
}

/** A price, or why there is none (a translation key under crm.products.price). */
export type PriceResult = { price: string } | { reason: 'missing' | 'divide_by_zero' | 'negative' };

/**
 * The server's five formulas, for display only (the server computes and stores the price):
 * list; fixed; list × (1 − f/100); cost × (1 + f/100); cost ÷ (1 − f/100); rounded half-up.
 */
export const unitPriceFor = (values: PricingValues): PriceResult => {
  const type = (values.pricingType ?? 'Same as List') as PricingType;
  const needs = PRICING_NEEDS[type] ?? PRICING_NEEDS['Same as List'];
  const parsed = Object.fromEntries(
    needs.map((key) => [key, parseDecimal(values[key as keyof PricingValues])]),
  );
  if (needs.some((key) => parsed[key] === null)) return { reason: 'missing' };
  const one = dec(1);
  const hundred = dec(100);
  const factor = () => div(parsed.pricingFactor!, hundred)!;
  let price = dec(0);
  switch (type) {
    case 'Same as List':
      price = parsed.listPrice!;
      break;
    case 'Fixed':
      price = parsed.unitPrice!;
      break;
    case 'Discount from List':
      price = mul(parsed.listPrice!, sub(one, factor()));
      break;
    case 'Markup over Cost':
      price = mul(parsed.costPrice!, add(one, factor()));
      break;
    case 'Profit Margin': {
      const rest = sub(one, factor());
      if (isZero(rest)) return { reason: 'divide_by_zero' };
      price = div(parsed.costPrice!, rest)!;
      break;
    }
  }
  if (isNegative(price)) return { reason: 'negative' };
  return { price: toCents(price) };
};
