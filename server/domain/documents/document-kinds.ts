import { invoices, quotes, salesOrders } from '../../../db/schema';

export type DocumentKind = 'Quote' | 'SalesOrder' | 'Invoice';
export type DocumentResource = 'quotes' | 'sales-orders' | 'invoices';

export type DocumentRow = typeof quotes.$inferSelect & {
  quoteId?: string | null;
  salesOrderId?: string | null;
  dateInvoiced?: string | null;
  dateDue?: string | null;
};

export interface KindSpec {
  kind: DocumentKind;
  resource: DocumentResource;
  label: string;
  /** Number prefix: Q-00001, SO-00001, I-00001. */
  prefix: string;
  table: typeof quotes | typeof salesOrders | typeof invoices;
  statuses: readonly [string, ...string[]];
  /** Statuses in which the document no longer changes (409). */
  locked: readonly string[];
  /** The only ways out of a locked status. */
  unlock: Record<string, readonly string[]>;
}

export const KINDS: Record<DocumentKind, KindSpec> = {
  Quote: {
    kind: 'Quote',
    resource: 'quotes',
    label: 'quote',
    prefix: 'Q',
    table: quotes,
    statuses: ['Draft', 'Presented', 'Approved', 'Canceled'],
    locked: ['Approved', 'Canceled'],
    // An approved quote the customer walks away from may still be canceled.
    unlock: { Approved: ['Canceled'] },
  },
  SalesOrder: {
    kind: 'SalesOrder',
    resource: 'sales-orders',
    label: 'sales order',
    prefix: 'SO',
    table: salesOrders,
    statuses: ['Draft', 'Ready', 'Completed', 'Canceled'],
    locked: ['Completed'],
    unlock: {},
  },
  Invoice: {
    kind: 'Invoice',
    resource: 'invoices',
    label: 'invoice',
    prefix: 'I',
    table: invoices,
    statuses: ['Draft', 'Issued', 'Paid', 'Canceled'],
    locked: ['Paid', 'Canceled'],
    unlock: {},
  },
};

export const kindOfResource = (r: string): KindSpec | undefined =>
  Object.values(KINDS).find((k) => k.resource === r);

export const documentNumber = (k: KindSpec, n: number) =>
  `${k.prefix}-${String(n).padStart(5, '0')}`;
