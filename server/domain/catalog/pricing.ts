import { Invalid } from '../errors';
import { cents, Dec } from '../shared/decimal';

export const PRICING_TYPES = [
  'Same as List',
  'Fixed',
  'Discount from List',
  'Markup over Cost',
  'Profit Margin',
] as const;
export type PricingType = (typeof PRICING_TYPES)[number];

export interface Pricing {
  pricingType: PricingType;
  pricingFactor: string | null;
  costPrice: string | null;
  listPrice: string | null;
  unitPrice: string | null;
}

const NEEDS: Record<PricingType, (keyof Pricing)[]> = {
  'Same as List': ['listPrice'],
  Fixed: ['unitPrice'],
  'Discount from List': ['listPrice', 'pricingFactor'],
  'Markup over Cost': ['costPrice', 'pricingFactor'],
  'Profit Margin': ['costPrice', 'pricingFactor'],
};
const WHY: Partial<Record<keyof Pricing, string>> = {
  listPrice: 'Enter a list price for this pricing type.',
  costPrice: 'Enter a cost price for this pricing type.',
  unitPrice: 'Enter a unit price.',
  pricingFactor: 'Enter a pricing factor (percent).',
};

/**
 * The unit price a pricing type gives (domain.md), rounded half-up to cents. `Fixed` keeps the
 * entered price; the others derive it, so a resent unitPrice is ignored. Every missing input is
 * a field error; a factor that would divide by zero or give a negative price is one on
 * pricingFactor.
 */
export function unitPriceFor(p: Pricing): string {
  const missing = NEEDS[p.pricingType].filter((k) => p[k] === null);
  if (missing.length) throw new Invalid(Object.fromEntries(missing.map((k) => [k, WHY[k]!])));
  const f = () => new Dec(p.pricingFactor!);
  const cost = () => new Dec(p.costPrice!);
  const list = () => new Dec(p.listPrice!);
  let price: Dec;
  switch (p.pricingType) {
    case 'Same as List':
      price = list();
      break;
    case 'Fixed':
      price = new Dec(p.unitPrice!);
      break;
    case 'Discount from List':
      price = list().times(new Dec(1).minus(f().div(100)));
      break;
    case 'Markup over Cost':
      price = cost().times(new Dec(1).plus(f().div(100)));
      break;
    case 'Profit Margin': {
      const rest = new Dec(1).minus(f().div(100));
      if (rest.isZero()) {
        throw new Invalid({ pricingFactor: 'A 100% profit margin would divide by zero.' });
      }
      price = cost().div(rest);
      break;
    }
  }
  if (price.isNegative()) {
    throw new Invalid({ pricingFactor: 'This factor would make the unit price negative.' });
  }
  return cents(price);
}
