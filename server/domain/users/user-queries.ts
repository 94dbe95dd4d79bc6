import { eq, inArray } from 'drizzle-orm';
import { teamUsers, users } from '../../../db/schema';
import type { Ctx } from '../context';
import { NotFound } from '../errors';
import { type FieldMap, idsOf, type ListQuery, UUID } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { presentUsers, type UserRow, userLinks, userToApi } from './user-view';

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
          .where(inArray(teamUsers.teamId, idsOf('teamsIds', value))),
      ),
  };
  const page = await listTable<UserRow>(
    ctx,
    {
      table: users,
      fields,
      search: [users.name, users.emailAddress],
      customFilters,
      defaultSort: ['name', 'ASC'],
    },
    query,
  );
  return { ...page, data: await presentUsers(ctx, page.data) };
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
