import { z } from 'zod';
import { money, percent, text, uuid } from '../shared/fields';
import { PRICING_TYPES } from './pricing';

export const PRODUCT_STATUSES = ['Available', 'Unavailable'] as const;

const nullable = <T extends z.ZodType>(s: T) =>
  z.union([z.null(), z.literal(''), s]).transform((v) => (v === '' ? null : v));

/** Every field a user may set on a product; `unitPrice` counts only for the `Fixed` type. */
export const productFields = z.object({
  name: z.string('Enter a name.').trim().min(1, 'Enter a name.').max(255),
  status: z.enum(PRODUCT_STATUSES, { message: `One of: ${PRODUCT_STATUSES.join(', ')}.` }),
  categoryId: uuid.nullish(),
  partNumber: text(100),
  description: text(10_000),
  costPrice: nullable(money),
  listPrice: nullable(money),
  unitPrice: nullable(money),
  pricingType: z.enum(PRICING_TYPES, { message: `One of: ${PRICING_TYPES.join(', ')}.` }),
  pricingFactor: nullable(percent),
  assignedUserId: uuid.nullish(),
  teamsIds: z.array(uuid).max(50),
});

export const productCreateInput = productFields.partial().extend({
  name: productFields.shape.name,
});
export const productUpdateInput = productFields.partial();
export type ProductInput = z.infer<typeof productUpdateInput>;

export const categoryFields = z.object({
  name: z.string('Enter a name.').trim().min(1, 'Enter a name.').max(255),
  parentId: uuid.nullish(),
  description: text(10_000),
});
export const categoryCreateInput = categoryFields
  .partial()
  .extend({ name: categoryFields.shape.name });
export const categoryUpdateInput = categoryFields.partial();
