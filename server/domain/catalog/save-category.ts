import { eq, sql } from 'drizzle-orm';
import { productCategories } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { NotFound } from '../errors';
import { assertExisting } from '../shared/refs';
import { parseInput } from '../shared/validate';
import { assertCategoryAccess } from './category-access';
import { findCategory } from './category-queries';
import { assertNoCycle } from './category-tree';
import { categoryCreateInput, categoryUpdateInput } from './product-input';

/** Tree changes are serialised, so two concurrent moves cannot build a cycle together. */
const lockTree = (ctx: Ctx) =>
  ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext('product_categories'))`);

export async function createCategory(ctx: Ctx, input: unknown) {
  assertCategoryAccess(ctx, 'manage');
  const data = parseInput(categoryCreateInput, input);
  return inTransaction(ctx, async (tx) => {
    await lockTree(tx);
    await assertExisting(tx, 'parentId', productCategories, [data.parentId], 'category');
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(productCategories)
      .values({ ...data, createdById: tx.actor.id, createdAt: now, modifiedAt: now })
      .returning();
    return row!;
  });
}

export async function updateCategory(ctx: Ctx, id: string, input: unknown) {
  assertCategoryAccess(ctx, 'manage');
  const patch = parseInput(categoryUpdateInput, input);
  return inTransaction(ctx, async (tx) => {
    await lockTree(tx);
    const before = await findCategory(tx, id);
    if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
      await assertNoCycle(tx, id, patch.parentId);
    }
    const [row] = await tx.db
      .update(productCategories)
      .set({ ...patch, modifiedAt: tx.clock.now() })
      .where(eq(productCategories.id, id))
      .returning();
    if (!row) throw new NotFound('Product category');
    return row;
  });
}
