import { useResourceContext } from 'react-admin';
import type { EntityType } from '../../providers/permissions';

export type DocumentResource = 'quotes' | 'sales-orders' | 'invoices';

export interface DocumentSpec {
  resource: DocumentResource;
  entityType: EntityType & ('Quote' | 'SalesOrder' | 'Invoice');
  statuses: string[];
  /** statuses in which the document no longer changes (the server answers 409) */
  locked: string[];
  /** the only ways out of a locked status */
  unlock: Record<string, string[]>;
  /** what this document converts into */
  convertsTo: DocumentResource[];
}

/** Mirrors server/domain/documents/document-kinds.ts and convert-document.ts. */
export const DOCUMENTS: Record<DocumentResource, DocumentSpec> = {
  quotes: {
    resource: 'quotes',
    entityType: 'Quote',
    statuses: ['Draft', 'Presented', 'Approved', 'Canceled'],
    locked: ['Approved', 'Canceled'],
    unlock: { Approved: ['Canceled'] },
    convertsTo: ['sales-orders', 'invoices'],
  },
  'sales-orders': {
    resource: 'sales-orders',
    entityType: 'SalesOrder',
    statuses: ['Draft', 'Ready', 'Completed', 'Canceled'],
    locked: ['Completed'],
    unlock: {},
    convertsTo: ['invoices'],
  },
  invoices: {
    resource: 'invoices',
    entityType: 'Invoice',
    statuses: ['Draft', 'Issued', 'Paid', 'Canceled'],
    locked: ['Paid', 'Canceled'],
    unlock: {},
    convertsTo: [],
  },
};

export const isLocked = (spec: DocumentSpec, status: unknown) =>
  typeof status === 'string' && spec.locked.includes(status);

export const statusChoices = (spec: DocumentSpec) =>
  spec.statuses.map((id) => ({ id, name: `crm.choices.documentStatus.${id}` }));

export interface DocumentItem {
  productId?: string | null;
  name?: string | null;
  quantity?: string | null;
  listPrice?: string | null;
  unitPrice?: string | null;
  discount?: string | null;
  taxRate?: string | null;
  amount?: string | null;
}

/** The spec of the page's resource (quotes, sales-orders or invoices). */
export const useDocumentSpec = (): DocumentSpec =>
  DOCUMENTS[(useResourceContext() ?? 'quotes') as DocumentResource] ?? DOCUMENTS.quotes;
