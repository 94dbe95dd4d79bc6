import { count, eq, inArray } from 'drizzle-orm';
import { teamUsers, users } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid, NotFound } from '../errors';
import {
  allOf,
  type FieldMap,
  filterConditions,
  type ListQuery,
  orderBy,
  pageOf,
} from '../shared/list-query';
import { presentUsers, type UserRow, userLinks, userToApi } from './user-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fields: FieldMap = {
  id: { column: users.id, kind: 'uuid' },
  name: { column: users.name, kind: 'text' },
  emailAddress: { column: users.emailAddress, kind: 'text' },
  isAdmin: { column: users.isAdmin, kind: 'boolean' },
  isActive: { column: users.isActive, kind: 'boolean' },
  slackUserId: { column: users.slackUserId, kind: 'text' },
  locale: { column: users.locale, kind: 'text' },
  createdAt: { column: users.createdAt, kind: 'timestamp' },
  modifiedAt: { column: users.modifiedAt, kind: 'timestamp' },
};

function teamIdsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v): v is string => typeof v === 'string' && UUID.test(v))) {
    throw new Invalid({ teamsIds: 'Filter by team ids.' });
  }
  return list;
}

/**
 * Any logged-in user may list users: assignee pickers and Slack mentions need them. The hash is
 * never part of the answer.
 */
export async function listUsers(ctx: Ctx, query: ListQuery) {
  const customFilters = {
    // Members of any of these teams.
    teamsIds: (value: unknown) =>
      inArray(
        users.id,
        ctx.db
          .select({ id: teamUsers.userId })
          .from(teamUsers)
          .where(inArray(teamUsers.teamId, teamIdsOf(value))),
      ),
  };
  const where = allOf(
    filterConditions(query.filter, fields, [users.name, users.emailAddress], customFilters),
  );
  const { offset, limit } = pageOf(query.range);
  const order = orderBy(query.sort, fields, ['name', 'ASC'], users.id);
  const [rows, totals] = await Promise.all([
    ctx.db
      .select()
      .from(users)
      .where(where)
      .orderBy(...order)
      .limit(limit)
      .offset(offset),
    ctx.db.select({ n: count() }).from(users).where(where),
  ]);
  return {
    data: await presentUsers(ctx, rows),
    total: Number(totals[0]?.n ?? 0),
    start: offset,
  };
}

export async function findUserRow(ctx: Ctx, id: string): Promise<UserRow> {
  if (!UUID.test(id)) throw new NotFound('User');
  const [row] = await ctx.db.select().from(users).where(eq(users.id, id));
  if (!row) throw new NotFound('User');
  return row;
}

export async function getUser(ctx: Ctx, id: string) {
  const row = await findUserRow(ctx, id);
  return userToApi(row, (await userLinks(ctx, [id])).get(id));
}
