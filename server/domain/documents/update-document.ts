import { type Ctx, inTransaction } from '../context';
import { findRecord, updateRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { DOCUMENT_INPUTS } from './document-input';
import { loadItems, resolveItems, sameItems, writeItems } from './document-items';
import type { DocumentKind } from './document-kinds';
import { assertEditable } from './document-locks';
import { assertDocumentRefs } from './document-refs';
import { computeTotals } from './document-totals';
import { DOCUMENT_TYPES } from './document-type';
import { presentDocument } from './present-document';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A partial update; `items`, when sent, replace the lines wholesale. Totals are recomputed from
 * the lines, the tax rate and the shipping cost. Locked documents refuse content changes (409),
 * but a whole-record resend that changes nothing is accepted.
 */
export async function updateDocument(ctx: Ctx, kind: DocumentKind, id: string, input: unknown) {
  const patch = parseInput(DOCUMENT_INPUTS[kind].update, input);
  const type = DOCUMENT_TYPES[kind];
  return inTransaction(ctx, async (tx) => {
    const before = await findRecord(tx, type, id, 'edit');
    const stored = (await loadItems(tx, kind, [id])).get(id) ?? [];
    const { items: raw, ...fields } = patch;
    const wanted = raw === undefined ? stored : await resolveItems(tx, raw);
    const itemsChanged = !sameItems(wanted, stored);
    const changed = Object.entries(fields)
      .filter(([k, v]) => v !== undefined && !same((before as Record<string, unknown>)[k], v))
      .map(([k]) => k);
    assertEditable(kind, before, itemsChanged ? [...changed, 'items'] : changed, fields.status);
    await assertDocumentRefs(tx, fields);
    const totals = computeTotals(
      wanted,
      fields.taxRate ?? before.taxRate,
      fields.shippingCost ?? before.shippingCost,
    );
    const row = await updateRecord(tx, type, before, { ...fields, ...totals });
    if (itemsChanged) await writeItems(tx, kind, id, wanted);
    return presentDocument(tx, kind, row);
  });
}
