import type { Ctx } from '../context';
import { inTransaction } from '../context';
import type { ListQuery } from '../shared/list-query';
import { deleteRecord, findRecord, listRecords } from '../shared/records';
import { deleteItems } from './document-items';
import type { DocumentKind } from './document-kinds';
import { isLocked, lockedError } from './document-locks';
import { DOCUMENT_TYPES } from './document-type';
import { presentDocument, presentDocuments } from './present-document';

export async function getDocument(ctx: Ctx, kind: DocumentKind, id: string) {
  return presentDocument(ctx, kind, await findRecord(ctx, DOCUMENT_TYPES[kind], id));
}

export async function listDocuments(ctx: Ctx, kind: DocumentKind, query: ListQuery) {
  const r = await listRecords(ctx, DOCUMENT_TYPES[kind], query);
  return { ...r, data: await presentDocuments(ctx, kind, r.data) };
}

/** A locked document (paid invoice…) cannot be deleted either; its lines go with it. */
export async function deleteDocument(ctx: Ctx, kind: DocumentKind, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await findRecord(tx, DOCUMENT_TYPES[kind], id, 'delete');
    if (isLocked(kind, row.status)) throw lockedError(kind, row);
    const out = await presentDocument(tx, kind, row);
    await deleteItems(tx, kind, id);
    await deleteRecord(tx, DOCUMENT_TYPES[kind], id);
    return out;
  });
}
