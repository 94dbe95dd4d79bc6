import { type Ctx, inTransaction } from '../context';
import { assertWritable, insertRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { DOCUMENT_INPUTS } from './document-input';
import { resolveItems, writeItems } from './document-items';
import type { DocumentKind, DocumentRow } from './document-kinds';
import { assertDocumentRefs } from './document-refs';
import { computeTotals, type ItemValues } from './document-totals';
import { DOCUMENT_TYPES } from './document-type';
import { presentDocument } from './present-document';

/**
 * Inserts a document with its lines and exact totals (create check, Create note, follows in
 * the record engine). Used by create and by conversions, inside the caller's transaction.
 */
export async function insertDocument(
  ctx: Ctx,
  kind: DocumentKind,
  values: Record<string, unknown> & { taxRate?: string; shippingCost?: string },
  items: ItemValues[],
  note: { relatedType?: string; relatedId?: string } = {},
): Promise<DocumentRow> {
  const totals = computeTotals(items, values.taxRate ?? '0', values.shippingCost ?? '0');
  const row = await insertRecord(ctx, DOCUMENT_TYPES[kind], { ...values, ...totals }, note);
  await writeItems(ctx, kind, row.id, items);
  return row;
}

export async function createDocument(ctx: Ctx, kind: DocumentKind, input: unknown) {
  const data = parseInput(DOCUMENT_INPUTS[kind].create, input);
  assertWritable(ctx, kind, data);
  return inTransaction(ctx, async (tx) => {
    await assertDocumentRefs(tx, data);
    const { items: raw, ...values } = data;
    const items = await resolveItems(tx, raw ?? []);
    return presentDocument(tx, kind, await insertDocument(tx, kind, values, items));
  });
}
