import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  numeric,
  pgSequence,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, contacts } from './accounts';
import { percent, products } from './catalog';
import { addressColumns, money, recordColumns } from './columns';
import { opportunities } from './opportunities';

export const quoteNumberSeq = pgSequence('quote_number_seq', { startWith: 1 });
export const salesOrderNumberSeq = pgSequence('sales_order_number_seq', { startWith: 1 });
export const invoiceNumberSeq = pgSequence('invoice_number_seq', { startWith: 1 });

/** What quotes, sales orders and invoices share: header, addresses, tax, shipping and totals. */
const documentColumns = (seq: string) => ({
  ...recordColumns(),
  number: integer('number')
    .notNull()
    .default(sql.raw(`nextval('${seq}')`)),
  name: text('name').notNull(),
  status: text('status').notNull().default('Draft'),
  accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  opportunityId: uuid('opportunity_id').references(() => opportunities.id, {
    onDelete: 'set null',
  }),
  billingContactId: uuid('billing_contact_id').references(() => contacts.id, {
    onDelete: 'set null',
  }),
  ...addressColumns('billingAddress'),
  ...addressColumns('shippingAddress'),
  currency: text('currency').notNull().default('EUR'),
  taxRate: percent('tax_rate').notNull().default('0'),
  shippingCost: money('shipping_cost').notNull().default('0'),
  amount: money('amount').notNull().default('0'),
  discountAmount: money('discount_amount').notNull().default('0'),
  preDiscountedAmount: money('pre_discounted_amount').notNull().default('0'),
  taxAmount: money('tax_amount').notNull().default('0'),
  grandTotalAmount: money('grand_total_amount').notNull().default('0'),
});

export const quotes = pgTable('quotes', documentColumns('quote_number_seq'), (t) => [
  index('quotes_number').on(t.number),
  index('quotes_account').on(t.accountId),
  index('quotes_opportunity').on(t.opportunityId),
]);

export const salesOrders = pgTable(
  'sales_orders',
  {
    ...documentColumns('sales_order_number_seq'),
    quoteId: uuid('quote_id').references(() => quotes.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('sales_orders_number').on(t.number),
    index('sales_orders_account').on(t.accountId),
    index('sales_orders_quote').on(t.quoteId),
  ],
);

export const invoices = pgTable(
  'invoices',
  {
    ...documentColumns('invoice_number_seq'),
    quoteId: uuid('quote_id').references(() => quotes.id, { onDelete: 'set null' }),
    salesOrderId: uuid('sales_order_id').references(() => salesOrders.id, {
      onDelete: 'set null',
    }),
    dateInvoiced: date('date_invoiced', { mode: 'string' }),
    dateDue: date('date_due', { mode: 'string' }),
  },
  (t) => [
    index('invoices_number').on(t.number),
    index('invoices_account').on(t.accountId),
    index('invoices_sales_order').on(t.salesOrderId),
  ],
);

/**
 * The lines of every quote, order and invoice, in order. `documentId` is polymorphic (no foreign
 * key): the domain deletes a document's items with it, in the same transaction.
 */
export const documentItems = pgTable(
  'document_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentType: text('document_type').notNull(),
    documentId: uuid('document_id').notNull(),
    position: integer('position').notNull(),
    productId: uuid('product_id').references(() => products.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 4 }).notNull(),
    listPrice: money('list_price').notNull(),
    unitPrice: money('unit_price').notNull(),
    /** Null: the document's tax rate applies. */
    taxRate: percent('tax_rate'),
    amount: money('amount').notNull(),
  },
  (t) => [index('document_items_document').on(t.documentType, t.documentId, t.position)],
);
