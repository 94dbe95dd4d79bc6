import { eq, inArray } from 'drizzle-orm';
import { teamRoles, teams, teamUsers } from '../../../db/schema';
import type { Ctx } from '../context';
import { NotFound } from '../errors';
import { type FieldMap, idsOf, type ListQuery, UUID } from '../shared/list-query';
import { listTable } from '../shared/list-table';

type TeamRow = typeof teams.$inferSelect;

const fields: FieldMap = {
  id: { column: teams.id, kind: 'uuid' },
  name: { column: teams.name, kind: 'text' },
  createdAt: { column: teams.createdAt, kind: 'timestamp' },
  modifiedAt: { column: teams.modifiedAt, kind: 'timestamp' },
};

/** Members (with positions) and roles of many teams at once. */
async function present(ctx: Ctx, rows: TeamRow[]) {
  const ids = rows.map((r) => r.id);
  const [members, roleLinks] = ids.length
    ? await Promise.all([
        ctx.db.select().from(teamUsers).where(inArray(teamUsers.teamId, ids)),
        ctx.db.select().from(teamRoles).where(inArray(teamRoles.teamId, ids)),
      ])
    : [[], []];
  return rows.map((t) => {
    const mine = members.filter((m) => m.teamId === t.id);
    return {
      ...t,
      usersIds: mine.map((m) => m.userId),
      positions: Object.fromEntries(
        mine.filter((m) => m.position).map((m) => [m.userId, m.position]),
      ),
      rolesIds: roleLinks.filter((r) => r.teamId === t.id).map((r) => r.roleId),
    };
  });
}

/** Any logged-in user may read teams (pickers, "my team" views); writes are for admins. */
export async function listTeams(ctx: Ctx, query: ListQuery) {
  const customFilters = {
    // Teams having any of these members.
    usersIds: (value: unknown) =>
      inArray(
        teams.id,
        ctx.db
          .select({ id: teamUsers.teamId })
          .from(teamUsers)
          .where(inArray(teamUsers.userId, idsOf('usersIds', value))),
      ),
  };
  const page = await listTable<typeof teams.$inferSelect>(
    ctx,
    { table: teams, fields, search: [teams.name], customFilters, defaultSort: ['name', 'ASC'] },
    query,
  );
  return { ...page, data: await present(ctx, page.data) };
}

export async function getTeam(ctx: Ctx, id: string) {
  if (!UUID.test(id)) throw new NotFound('Team');
  const [row] = await ctx.db.select().from(teams).where(eq(teams.id, id));
  if (!row) throw new NotFound('Team');
  return (await present(ctx, [row]))[0]!;
}
