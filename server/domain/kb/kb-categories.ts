import { count, eq, sql } from 'drizzle-orm';
import { kbArticles, kbCategories } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { Conflict, NotFound } from '../errors';
import { type ListQuery, UUID } from '../shared/list-query';
import { listTable, type TableList } from '../shared/list-table';
import { assertExisting } from '../shared/refs';
import { parseInput } from '../shared/validate';
import { assertManageKbCategories } from './article-access';
import { kbCategoryCreateInput, kbCategoryUpdateInput } from './article-input';
import { assertNoKbCycle, lockKbTree } from './kb-category-tree';

/**
 * Knowledge-base categories: a tree of any depth, no cycles. Every user reads them (they label
 * the published articles everyone reads); whoever may create articles manages them.
 */
export type KbCategoryRow = typeof kbCategories.$inferSelect;

const categoryList: TableList = {
  table: kbCategories,
  fields: {
    id: { column: kbCategories.id, kind: 'uuid' },
    name: { column: kbCategories.name, kind: 'text' },
    parentId: { column: kbCategories.parentId, kind: 'uuid' },
    createdAt: { column: kbCategories.createdAt, kind: 'timestamp' },
    modifiedAt: { column: kbCategories.modifiedAt, kind: 'timestamp' },
  },
  search: [kbCategories.name],
  defaultSort: ['name', 'ASC'],
};

async function findKbCategory(ctx: Ctx, id: string): Promise<KbCategoryRow> {
  if (!UUID.test(id)) throw new NotFound('Category');
  const [row] = await ctx.db.select().from(kbCategories).where(eq(kbCategories.id, id));
  if (!row) throw new NotFound('Category');
  return row;
}

export const getKbCategory = (ctx: Ctx, id: string) => findKbCategory(ctx, id);

export const listKbCategories = (ctx: Ctx, query: ListQuery) =>
  listTable<KbCategoryRow>(ctx, categoryList, query);

export async function createKbCategory(ctx: Ctx, input: unknown) {
  assertManageKbCategories(ctx.actor);
  const data = parseInput(kbCategoryCreateInput, input);
  return inTransaction(ctx, async (tx) => {
    await lockKbTree(tx);
    await assertExisting(tx, 'parentId', kbCategories, [data.parentId], 'category');
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(kbCategories)
      .values({ ...data, createdAt: now, modifiedAt: now })
      .returning();
    return row!;
  });
}

export async function updateKbCategory(ctx: Ctx, id: string, input: unknown) {
  assertManageKbCategories(ctx.actor);
  const patch = parseInput(kbCategoryUpdateInput, input);
  return inTransaction(ctx, async (tx) => {
    await lockKbTree(tx);
    const before = await findKbCategory(tx, id);
    if (patch.parentId !== undefined && patch.parentId !== before.parentId) {
      await assertNoKbCycle(tx, id, patch.parentId);
    }
    const [row] = await tx.db
      .update(kbCategories)
      .set({ ...patch, modifiedAt: tx.clock.now() })
      .where(eq(kbCategories.id, id))
      .returning();
    if (!row) throw new NotFound('Category');
    return row;
  });
}

/**
 * A category with sub-categories cannot go (move or delete them first); its articles stay,
 * without it.
 */
export async function deleteKbCategory(ctx: Ctx, id: string) {
  assertManageKbCategories(ctx.actor);
  return inTransaction(ctx, async (tx) => {
    await lockKbTree(tx);
    const row = await findKbCategory(tx, id);
    const [sub] = await tx.db
      .select({ n: count() })
      .from(kbCategories)
      .where(eq(kbCategories.parentId, id));
    if (Number(sub?.n ?? 0) > 0) {
      throw new Conflict('This category has sub-categories: move or delete them first.');
    }
    await tx.db
      .update(kbArticles)
      .set({ categoriesIds: sql`array_remove(${kbArticles.categoriesIds}, ${id}::uuid)` })
      .where(sql`${kbArticles.categoriesIds} @> array[${id}::uuid]`);
    await tx.db.delete(kbCategories).where(eq(kbCategories.id, id));
    return row;
  });
}
