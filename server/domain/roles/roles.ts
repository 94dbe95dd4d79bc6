import { eq } from 'drizzle-orm';
import { roles } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';
import { NotFound } from '../errors';
import type { FieldMap, ListQuery } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { parseInput } from '../shared/validate';
import { roleCreateInput, roleUpdateInput } from './role-input';

/**
 * Roles are admin-only, read included: a role matrix tells what everyone may do. Changes apply on
 * each user's next request, since the actor is loaded per request (access/actor.ts).
 */
const fields: FieldMap = {
  id: { column: roles.id, kind: 'uuid' },
  name: { column: roles.name, kind: 'text' },
  createdAt: { column: roles.createdAt, kind: 'timestamp' },
  modifiedAt: { column: roles.modifiedAt, kind: 'timestamp' },
};

export async function listRoles(ctx: Ctx, query: ListQuery) {
  assertAdmin(ctx.actor);
  return listTable<typeof roles.$inferSelect>(
    ctx,
    { table: roles, fields, search: [roles.name], defaultSort: ['name', 'ASC'] },
    query,
  );
}

export async function getRole(ctx: Ctx, id: string) {
  assertAdmin(ctx.actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound('Role');
  const [row] = await ctx.db.select().from(roles).where(eq(roles.id, id));
  if (!row) throw new NotFound('Role');
  return row;
}

export async function createRole(ctx: Ctx, input: unknown) {
  assertAdmin(ctx.actor);
  const data = parseInput(roleCreateInput, input);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(roles)
    .values({ ...data, createdAt: now, modifiedAt: now })
    .returning();
  return row!;
}

export async function updateRole(ctx: Ctx, id: string, input: unknown) {
  await getRole(ctx, id);
  const data = parseInput(roleUpdateInput, input);
  const [row] = await ctx.db
    .update(roles)
    .set({ ...data, modifiedAt: ctx.clock.now() })
    .where(eq(roles.id, id))
    .returning();
  if (!row) throw new NotFound('Role');
  return row;
}

/** Users and teams holding the role simply lose it (links cascade). */
export async function deleteRole(ctx: Ctx, id: string) {
  const row = await getRole(ctx, id);
  await ctx.db.delete(roles).where(eq(roles.id, id));
  return row;
}
