import { createDocument } from '../../domain/documents/create-document';
import type { DocumentKind } from '../../domain/documents/document-kinds';
import {
  deleteDocument,
  getDocument,
  listDocuments,
} from '../../domain/documents/document-queries';
import { updateDocument } from '../../domain/documents/update-document';
import type { ResourceHandlers } from '../simple-rest';

const documentResource = (kind: DocumentKind): ResourceHandlers => ({
  list: (ctx, q) => listDocuments(ctx, kind, q),
  get: (ctx, id) => getDocument(ctx, kind, id),
  create: (ctx, input) => createDocument(ctx, kind, input),
  update: (ctx, id, input) => updateDocument(ctx, kind, id, input),
  remove: (ctx, id) => deleteDocument(ctx, kind, id),
});

export const quotesResource = documentResource('Quote');
export const salesOrdersResource = documentResource('SalesOrder');
export const invoicesResource = documentResource('Invoice');
