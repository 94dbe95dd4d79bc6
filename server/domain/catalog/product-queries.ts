import { eq } from 'drizzle-orm';
import { products } from '../../../db/schema';
import { assertOnRecord, hiddenFields, scopeCondition } from '../access/check';
import type { Ctx } from '../context';
import { NotFound } from '../errors';
import type { ListQuery } from '../shared/list-query';
import { UUID } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { type ProductRow, productList, productToApi } from './product-type';

/** The API shape without the fields the actor's roles hide (e.g. costPrice). */
export function presentProduct(ctx: Ctx, row: ProductRow) {
  const out = productToApi(row);
  for (const f of hiddenFields(ctx.actor, 'Product')) delete out[f];
  return out;
}

/** A product, with the actor's access to it checked (products have owners but no stream). */
export async function findProduct(
  ctx: Ctx,
  id: string,
  action: 'read' | 'edit' | 'delete' = 'read',
): Promise<ProductRow> {
  if (!UUID.test(id)) throw new NotFound('Product');
  const [row] = await ctx.db.select().from(products).where(eq(products.id, id));
  if (!row) throw new NotFound('Product');
  assertOnRecord(ctx.actor, 'Product', action, row);
  return row;
}

export async function getProduct(ctx: Ctx, id: string) {
  return presentProduct(ctx, await findProduct(ctx, id));
}

export async function listProducts(ctx: Ctx, query: ListQuery) {
  const scope = scopeCondition(ctx.actor, 'Product', 'read', products);
  const r = await listTable<ProductRow>(ctx, productList, query, [scope]);
  return { ...r, data: r.data.map((p) => presentProduct(ctx, p)) };
}

/** Lines of quotes and invoices keep their name and prices: their productId becomes null. */
export async function deleteProduct(ctx: Ctx, id: string) {
  const row = await findProduct(ctx, id, 'delete');
  await ctx.db.delete(products).where(eq(products.id, id));
  return presentProduct(ctx, row);
}
