import { z } from 'zod';
import { currency, isoDate, money, percent, quantity, text, uuid } from '../shared/fields';
import { type DocumentKind, KINDS } from './document-kinds';

const nullable = <T extends z.ZodType>(s: T) =>
  z.union([z.null(), z.literal(''), s]).transform((v) => (v === '' ? null : v));

/**
 * One line as a client sends it; amount and discount are derived (resent ones are dropped).
 * Prices left out come from the product; a missing list price is the unit price.
 */
export const itemInput = z.object({
  productId: uuid.nullish().transform((v) => v ?? null),
  name: text(255),
  quantity: quantity.optional(),
  listPrice: nullable(money).optional(),
  unitPrice: nullable(money).optional(),
  taxRate: nullable(percent).optional(),
});
export type ItemInput = z.infer<typeof itemInput>;

const address = (prefix: string) =>
  Object.fromEntries(
    ['Street', 'City', 'State', 'PostalCode', 'Country'].map((p) => [
      `${prefix}${p}`,
      text(p === 'Street' ? 1000 : 255),
    ]),
  ) as Record<string, ReturnType<typeof text>>;

const base = {
  name: z.string('Enter a name.').trim().min(1, 'Enter a name.').max(255),
  accountId: uuid.nullish(),
  opportunityId: uuid.nullish(),
  billingContactId: uuid.nullish(),
  ...address('billingAddress'),
  ...address('shippingAddress'),
  currency,
  taxRate: percent,
  shippingCost: money,
  items: z.array(itemInput).max(500, 'At most 500 items.'),
  description: text(10_000),
  assignedUserId: uuid.nullish(),
  teamsIds: z.array(uuid).max(50),
};

/**
 * Create and update schemas of one kind. `number`, totals, and the conversion links quoteId and
 * salesOrderId are derived or set by conversions: react-admin resends them and zod drops them.
 */
function schemasOf(kind: DocumentKind) {
  const { statuses } = KINDS[kind];
  const fields = z.object({
    ...base,
    status: z.enum(statuses, { message: `One of: ${statuses.join(', ')}.` }),
    ...(kind === 'Invoice' ? { dateInvoiced: nullable(isoDate), dateDue: nullable(isoDate) } : {}),
  });
  return {
    create: fields.partial().extend({ name: base.name }),
    update: fields.partial(),
  };
}

export const DOCUMENT_INPUTS = {
  Quote: schemasOf('Quote'),
  SalesOrder: schemasOf('SalesOrder'),
  Invoice: schemasOf('Invoice'),
};

export type DocumentInput = z.infer<(typeof DOCUMENT_INPUTS)['Invoice']['update']>;
