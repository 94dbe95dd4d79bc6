import { eq } from 'drizzle-orm';
import { productCategories, products } from '../../../db/schema';
import { assertCreate } from '../access/check';
import { type Ctx, inTransaction } from '../context';
import { NotFound } from '../errors';
import { assertActiveUsers } from '../shared/fields';
import { assertWritable } from '../shared/records';
import { assertExisting } from '../shared/refs';
import { parseInput } from '../shared/validate';
import { type PricingType, unitPriceFor } from './pricing';
import { productCreateInput, productUpdateInput } from './product-input';
import { findProduct, presentProduct } from './product-queries';
import type { ProductRow } from './product-type';

/** The stored pricing after a patch: the unit price is recomputed from cost, list and factor. */
type Prices = Partial<Record<keyof ProductRow, unknown>>;
function pricingAfter(before: Prices, patch: Prices) {
  const pick = (k: keyof ProductRow) => (patch[k] !== undefined ? patch[k] : before[k]) ?? null;
  const state = {
    pricingType: (pick('pricingType') ?? 'Same as List') as PricingType,
    pricingFactor: pick('pricingFactor') as string | null,
    costPrice: pick('costPrice') as string | null,
    listPrice: pick('listPrice') as string | null,
    unitPrice: pick('unitPrice') as string | null,
  };
  return { ...state, unitPrice: unitPriceFor(state) };
}

export async function createProduct(ctx: Ctx, input: unknown) {
  assertCreate(ctx.actor, 'Product');
  const data = parseInput(productCreateInput, input);
  assertWritable(ctx, 'Product', data);
  await assertActiveUsers(ctx, 'assignedUserId', [data.assignedUserId]);
  await assertExisting(ctx, 'categoryId', productCategories, [data.categoryId], 'category');
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(products)
    .values({
      ...data,
      ...pricingAfter({}, data),
      createdById: ctx.actor.id,
      modifiedById: ctx.actor.id,
      createdAt: now,
      modifiedAt: now,
    })
    .returning();
  return presentProduct(ctx, row!);
}

export async function updateProduct(ctx: Ctx, id: string, input: unknown) {
  const patch = parseInput(productUpdateInput, input);
  await assertActiveUsers(ctx, 'assignedUserId', [patch.assignedUserId]);
  return inTransaction(ctx, async (tx) => {
    const before = await findProduct(tx, id, 'edit');
    const changed = Object.fromEntries(
      Object.entries(patch).filter(
        ([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof ProductRow] ?? null),
      ),
    );
    // Derived unitPrice is resent by react-admin: only a Fixed price is the user's own.
    if (pricingAfter(before, patch).pricingType !== 'Fixed') delete changed.unitPrice;
    assertWritable(tx, 'Product', changed);
    await assertExisting(tx, 'categoryId', productCategories, [patch.categoryId], 'category');
    const [row] = await tx.db
      .update(products)
      .set({
        ...patch,
        ...pricingAfter(before, patch),
        modifiedAt: tx.clock.now(),
        modifiedById: tx.actor.id,
      })
      .where(eq(products.id, before.id))
      .returning();
    if (!row) throw new NotFound('Product');
    return presentProduct(tx, row);
  });
}
