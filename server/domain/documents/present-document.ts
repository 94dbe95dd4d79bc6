import { hiddenFields } from '../access/check';
import type { Ctx } from '../context';
import { itemToApi, loadItems } from './document-items';
import type { DocumentKind, DocumentRow } from './document-kinds';
import type { ItemValues } from './document-totals';
import { DOCUMENT_TYPES } from './document-type';

function shape(ctx: Ctx, kind: DocumentKind, row: DocumentRow, items: ItemValues[]) {
  const out: Record<string, unknown> = {
    ...DOCUMENT_TYPES[kind].toApi(row),
    items: items.map(itemToApi),
  };
  for (const f of hiddenFields(ctx.actor, kind)) delete out[f];
  return out;
}

/** The API shape: the row with its number, its items inline, minus the fields roles hide. */
export async function presentDocuments(ctx: Ctx, kind: DocumentKind, rows: DocumentRow[]) {
  const items = await loadItems(
    ctx,
    kind,
    rows.map((r) => r.id),
  );
  return rows.map((r) => shape(ctx, kind, r, items.get(r.id) ?? []));
}

export async function presentDocument(ctx: Ctx, kind: DocumentKind, row: DocumentRow) {
  const [out] = await presentDocuments(ctx, kind, [row]);
  return out!;
}
