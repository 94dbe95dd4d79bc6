import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { kbCategories } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import { idsOf } from '../shared/list-query';

/** Tree changes are serialised, so two concurrent moves cannot build a cycle together. */
export const lockKbTree = (ctx: Ctx) =>
  ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext('kb_categories'))`);

/**
 * The article's categories (`uuid[]` column) include one of these categories or one of their
 * sub-categories, at any depth (the product-category tree's approach, catalog/category-tree.ts).
 */
export function inKbCategoryTree(column: AnyPgColumn, field: string, value: unknown): SQL {
  const ids = idsOf(field, value);
  if (!ids.length) return sql`false`;
  const roots = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`${column} && array(with recursive sub(id) as (
    select id from ${kbCategories} where id in (${roots})
    union
    select c.id from ${kbCategories} c join sub on c.parent_id = sub.id
  ) select id from sub)`;
}

const rowsOf = <T>(r: unknown): T[] =>
  Array.isArray(r) ? (r as T[]) : ((r as { rows?: T[] }).rows ?? []);

/**
 * Refuses a parent that is the category itself or one of its sub-categories (a cycle). Walks up
 * from the new parent; `union` stops even on a corrupt tree.
 */
export async function assertNoKbCycle(ctx: Ctx, id: string, parentId: string | null) {
  if (!parentId) return;
  const list = rowsOf<{ id: string }>(
    await ctx.db.execute(sql`with recursive up(id, parent_id) as (
      select id, parent_id from ${kbCategories} where id = ${parentId}
      union
      select c.id, c.parent_id from ${kbCategories} c join up on c.id = up.parent_id
    ) select id from up`),
  );
  if (!list.length) throw new Invalid({ parentId: 'No such category.' });
  if (list.some((r) => r.id === id)) {
    throw new Invalid({
      parentId: 'A category cannot be placed inside itself or its sub-categories.',
    });
  }
}
