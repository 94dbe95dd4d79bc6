import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { productCategories } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import { idsOf } from '../shared/list-query';

/** `column` is one of the categories or of their sub-categories, at any depth. */
export function inCategoryTree(column: AnyPgColumn, field: string, value: unknown): SQL {
  const ids = idsOf(field, value);
  if (!ids.length) return sql`false`;
  const roots = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  return sql`${column} in (with recursive sub(id) as (
    select id from ${productCategories} where id in (${roots})
    union
    select c.id from ${productCategories} c join sub on c.parent_id = sub.id
  ) select id from sub)`;
}

/**
 * Refuses a parent that is the category itself or one of its sub-categories (a cycle). Walks up
 * from the new parent; `union` stops even on a corrupt tree.
 */
export async function assertNoCycle(ctx: Ctx, id: string, parentId: string | null) {
  if (!parentId) return;
  const rows = await ctx.db.execute<{ id: string }>(sql`with recursive up(id, parent_id) as (
    select id, parent_id from ${productCategories} where id = ${parentId}
    union
    select c.id, c.parent_id from ${productCategories} c join up on c.id = up.parent_id
  ) select id from up`);
  const list = Array.isArray(rows) ? rows : ((rows as { rows: { id: string }[] }).rows ?? []);
  if (!list.length) throw new Invalid({ parentId: 'No such category.' });
  if (list.some((r) => r.id === id)) {
    throw new Invalid({
      parentId: 'A category cannot be placed inside itself or its sub-categories.',
    });
  }
}
