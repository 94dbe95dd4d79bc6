import { and, asc, eq, inArray } from 'drizzle-orm';
import { documentItems, products } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import { plainDecimal } from '../shared/fields';
import type { ItemInput } from './document-input';
import type { DocumentKind } from './document-kinds';
import { type ItemValues, lineAmount, lineDiscount } from './document-totals';

/** Lines as clients send them → stored values: product defaults filled in, amount derived. */
export async function resolveItems(ctx: Ctx, input: ItemInput[]): Promise<ItemValues[]> {
  const ids = [...new Set(input.map((i) => i.productId).filter((i): i is string => !!i))];
  const found = ids.length
    ? await ctx.db.select().from(products).where(inArray(products.id, ids))
    : [];
  const byId = new Map(found.map((p) => [p.id, p]));
  return input.map((i, n) => {
    const p = i.productId ? byId.get(i.productId) : undefined;
    if (i.productId && !p) throw new Invalid({ [`items.${n}.productId`]: 'No such product.' });
    const name = i.name ?? p?.name;
    if (!name) throw new Invalid({ [`items.${n}.name`]: 'Enter a name.' });
    const unitPrice = i.unitPrice ?? p?.unitPrice ?? i.listPrice ?? p?.listPrice;
    if (!unitPrice) throw new Invalid({ [`items.${n}.unitPrice`]: 'Enter a unit price.' });
    const listPrice = i.listPrice ?? p?.listPrice ?? unitPrice;
    const quantity = i.quantity ?? '1.0000';
    return {
      productId: i.productId,
      name,
      quantity,
      listPrice,
      unitPrice,
      taxRate: i.taxRate ?? null,
      amount: lineAmount(unitPrice, quantity),
    };
  });
}

export async function loadItems(
  ctx: Ctx,
  kind: DocumentKind,
  ids: string[],
): Promise<Map<string, ItemValues[]>> {
  const out = new Map<string, ItemValues[]>();
  if (!ids.length) return out;
  const rows = await ctx.db
    .select()
    .from(documentItems)
    .where(and(eq(documentItems.documentType, kind), inArray(documentItems.documentId, ids)))
    .orderBy(asc(documentItems.documentId), asc(documentItems.position));
  for (const r of rows) {
    const { id: _i, documentType: _t, documentId, position: _p, ...item } = r;
    out.set(documentId, [...(out.get(documentId) ?? []), item]);
  }
  return out;
}

const key = (i: ItemValues) =>
  JSON.stringify([i.productId, i.name, i.quantity, i.listPrice, i.unitPrice, i.taxRate]);
export const sameItems = (a: ItemValues[], b: ItemValues[]) =>
  a.length === b.length && a.every((x, n) => key(x) === key(b[n]!));

/** Replaces a document's lines wholesale (inside the caller's transaction). */
export async function writeItems(ctx: Ctx, kind: DocumentKind, id: string, items: ItemValues[]) {
  await deleteItems(ctx, kind, id);
  if (!items.length) return;
  await ctx.db
    .insert(documentItems)
    .values(items.map((i, position) => ({ ...i, documentType: kind, documentId: id, position })));
}

export const deleteItems = (ctx: Ctx, kind: DocumentKind, id: string) =>
  ctx.db
    .delete(documentItems)
    .where(and(eq(documentItems.documentType, kind), eq(documentItems.documentId, id)));

/** A line as the API shows it: the derived discount %, quantities and rates without padding. */
export const itemToApi = (i: ItemValues) => ({
  productId: i.productId,
  name: i.name,
  quantity: plainDecimal(i.quantity),
  listPrice: i.listPrice,
  unitPrice: i.unitPrice,
  discount: lineDiscount(i.listPrice, i.unitPrice),
  taxRate: plainDecimal(i.taxRate),
  amount: i.amount,
});
