import { count, eq, inArray } from 'drizzle-orm';
import { teamRoles, teams, teamUsers } from '../../../db/schema';
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

type TeamRow = typeof teams.$inferSelect;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

function idsOf(field: string, value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v): v is string => typeof v === 'string' && UUID.test(v))) {
    throw new Invalid({ [field]: 'Filter by ids.' });
  }
  return list;
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
  const where = allOf(filterConditions(query.filter, fields, [teams.name], customFilters));
  const { offset, limit } = pageOf(query.range);
  const [rows, totals] = await Promise.all([
    ctx.db
      .select()
      .from(teams)
      .where(where)
      .orderBy(...orderBy(query.sort, fields, ['name', 'ASC'], teams.id))
      .limit(limit)
      .offset(offset),
    ctx.db.select({ n: count() }).from(teams).where(where),
  ]);
  return { data: await present(ctx, rows), total: Number(totals[0]?.n ?? 0), start: offset };
}

export async function getTeam(ctx: Ctx, id: string) {
  if (!UUID.test(id)) throw new NotFound('Team');
  const [row] = await ctx.db.select().from(teams).where(eq(teams.id, id));
  if (!row) throw new NotFound('Team');
  return (await present(ctx, [row]))[0]!;
}
