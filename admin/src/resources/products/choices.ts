import { PRICING_TYPES, PRODUCT_STATUSES } from './pricing';

export { PRICING_NEEDS, type PricingType } from './pricing';

export const pricingTypeChoices = PRICING_TYPES.map((id) => ({
  id,
  name: `crm.choices.pricingType.${id}`,
}));
export const productStatusChoices = PRODUCT_STATUSES.map((id) => ({
  id,
  name: `crm.choices.productStatus.${id}`,
}));
