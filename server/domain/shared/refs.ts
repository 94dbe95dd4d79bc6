import { inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Ctx } from '../context';
import { Invalid } from '../errors';

/** Ids sent by a client must name existing rows, or the field says which one is wrong. */
export async function assertExisting(
  ctx: Ctx,
  field: string,
  table: PgTable & { id: AnyPgColumn },
  ids: (string | null | undefined)[] | undefined,
  what: string,
) {
  const wanted = [...new Set((ids ?? []).filter((i): i is string => !!i))];
  if (!wanted.length) return;
  const found = await ctx.db.select({ id: table.id }).from(table).where(inArray(table.id, wanted));
  const ok = new Set(found.map((r) => r.id as string));
  const missing = wanted.find((id) => !ok.has(id));
  if (missing) throw new Invalid({ [field]: `No such ${what}: ${missing}.` });
}
