import { count, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from '../context';
import {
  allOf,
  type CustomFilters,
  type FieldMap,
  filterConditions,
  type ListQuery,
  type ListResult,
  orderBy,
  pageOf,
  type SearchOn,
} from './list-query';

export interface TableList {
  table: PgTable & { id: AnyPgColumn };
  /** The sort/filter whitelist. */
  fields: FieldMap;
  /** What `q` searches. */
  search: SearchOn;
  customFilters?: CustomFilters;
  defaultSort: [string, 'ASC' | 'DESC'];
}

/**
 * One page of a table and the exact total, for any ListQuery: whitelisted sort and filters, a
 * stable order, extra conditions (access scope, a parent). Page and count are independent
 * reads, so they run side by side.
 */
export async function listTable<Row>(
  ctx: Ctx,
  spec: TableList,
  query: ListQuery,
  extra: (SQL | undefined)[] = [],
): Promise<ListResult<Row>> {
  const where = allOf([
    ...extra,
    ...filterConditions(query.filter, spec.fields, spec.search, spec.customFilters),
  ]);
  const { offset, limit } = pageOf(query.range);
  const order = orderBy(query.sort, spec.fields, spec.defaultSort, spec.table.id);
  const [rows, totals] = await Promise.all([
    ctx.db
      .select()
      .from(spec.table)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    ctx.db.select({ n: count() }).from(spec.table).where(where),
  ]);
  return { data: rows as Row[], total: Number(totals[0]?.n ?? 0), start: offset };
}
