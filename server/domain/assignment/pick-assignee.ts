import { and, asc, eq, or, sql } from 'drizzle-orm';
import { cases, leads, teamUsers, users } from '../../../db/schema';
import type { Distribution } from '../../../db/schema/mail';
import { CLOSED_CASE_STATUSES } from '../cases/case-type';
import type { Ctx } from '../context';
import { CLOSED_LEAD_STATUSES } from '../leads/lead-type';

export type AssignableType = 'Lead' | 'Case';

/** A distribution as a rule or a mailbox states it (domain.md, Assignment rules). */
export interface DistributionSetting {
  method: Distribution;
  teamId: string | null;
  assignToUserId: string | null;
  lastAssignedUserId: string | null;
}

/** Open records per type: what Least-Busy counts (closed statuses never make anyone busy). */
const openOf = {
  Lead: { table: leads, closed: [...CLOSED_LEAD_STATUSES] as string[] },
  Case: { table: cases, closed: [...CLOSED_CASE_STATUSES] as string[] },
};

async function activeUser(ctx: Ctx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [u] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, id), eq(users.isActive, true)));
  return u?.id ?? null;
}

/**
 * The next active member after the one who got the last record, in the team's order (name, then
 * id), wrapping. The last assignee is looked up even if inactive or gone from the team since, so
 * the turn passes to whoever followed them rather than restarting at the top.
 */
async function nextInTurn(ctx: Ctx, teamId: string, last: string | null): Promise<string | null> {
  // Written out: drizzle leaves columns unqualified in a one-table select.
  const inTeam = sql<boolean>`"users"."id" in (
    select tu.user_id from ${teamUsers} tu where tu.team_id = ${teamId})`;
  const ring = await ctx.db
    .select({ id: users.id, isActive: users.isActive, member: inTeam })
    .from(users)
    .where(last ? or(inTeam, eq(users.id, last)) : inTeam)
    .orderBy(asc(users.name), asc(users.id));
  // Starting after the last assignee (or at the top): they come round again only after everyone.
  const at = ring.findIndex((u) => u.id === last);
  for (let step = 1; step <= ring.length; step++) {
    const u = ring[(at + step) % ring.length];
    if (u?.isActive && u.member) return u.id;
  }
  return null;
}

/** The active team member with the fewest open records of the type; ties by name, then id. */
async function leastBusy(ctx: Ctx, type: AssignableType, teamId: string): Promise<string | null> {
  const { table, closed } = openOf[type];
  const open = sql`(select count(*) from ${table} o where o.assigned_user_id = "users"."id"
    and o.status not in (${sql.join(
      closed.map((s) => sql`${s}`),
      sql`, `,
    )}))`;
  const [u] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .innerJoin(teamUsers, eq(teamUsers.userId, users.id))
    .where(and(eq(teamUsers.teamId, teamId), eq(users.isActive, true)))
    .orderBy(open, asc(users.name), asc(users.id))
    .limit(1);
  return u?.id ?? null;
}

/**
 * Who a distribution gives the next record of `type` to, or null (nobody suitable: an inactive
 * Direct user, an empty team, a team of inactive users). Inactive users never get work. Reads
 * only: the caller stores the Round-Robin turn, under its lock.
 */
export async function pickAssignee(
  ctx: Ctx,
  type: AssignableType,
  setting: DistributionSetting,
): Promise<string | null> {
  switch (setting.method) {
    case 'Direct':
      return activeUser(ctx, setting.assignToUserId);
    case 'Round-Robin':
      return setting.teamId ? nextInTurn(ctx, setting.teamId, setting.lastAssignedUserId) : null;
    case 'Least-Busy':
      return setting.teamId ? leastBusy(ctx, type, setting.teamId) : null;
    default:
      return null;
  }
}
