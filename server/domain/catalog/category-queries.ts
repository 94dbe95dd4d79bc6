import { count, eq } from 'drizzle-orm';
import { productCategories } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { Conflict, NotFound } from '../errors';
import type { ListQuery } from '../shared/list-query';
import { UUID } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { assertCategoryAccess } from './category-access';
import { type CategoryRow, categoryList } from './product-type';

export async function findCategory(ctx: Ctx, id: string): Promise<CategoryRow> {
  if (!UUID.test(id)) throw new NotFound('Product category');
  const [row] = await ctx.db.select().from(productCategories).where(eq(productCategories.id, id));
  if (!row) throw new NotFound('Product category');
  return row;
}

export async function getCategory(ctx: Ctx, id: string) {
  assertCategoryAccess(ctx, 'read');
  return findCategory(ctx, id);
}

export async function listCategories(ctx: Ctx, query: ListQuery) {
  assertCategoryAccess(ctx, 'read');
  return listTable<CategoryRow>(ctx, categoryList, query);
}

/** A category with sub-categories cannot go (move or delete them first); its products stay, uncategorised. */
export async function deleteCategory(ctx: Ctx, id: string) {
  assertCategoryAccess(ctx, 'manage');
  return inTransaction(ctx, async (tx) => {
    const row = await findCategory(tx, id);
    const [sub] = await tx.db
      .select({ n: count() })
      .from(productCategories)
      .where(eq(productCategories.parentId, id));
    if (Number(sub?.n ?? 0) > 0) {
      throw new Conflict('This category has sub-categories: move or delete them first.');
    }
    await tx.db.delete(productCategories).where(eq(productCategories.id, id));
    return row;
  });
}
