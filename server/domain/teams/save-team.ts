import { eq } from 'drizzle-orm';
import { leadCaptureKeys, teamRoles, teams, teamUsers } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import { type Ctx, inTransaction } from '../context';
import { Invalid, NotFound } from '../errors';
import { parseInput } from '../shared/validate';
import { assertRolesExist, assertUsersExist } from '../users/checks';
import { type TeamPatch, teamCreateInput, teamUpdateInput } from './team-input';
import { getTeam } from './team-queries';

/** Replaces members and roles when given; positions apply to members only. */
async function saveLinks(tx: Ctx, teamId: string, data: TeamPatch) {
  await assertUsersExist(tx, 'usersIds', data.usersIds);
  await assertRolesExist(tx, 'rolesIds', data.rolesIds);
  let members = data.usersIds;
  if (data.positions && !members) {
    const rows = await tx.db.select().from(teamUsers).where(eq(teamUsers.teamId, teamId));
    members = rows.map((r) => r.userId);
  }
  const outsider = Object.keys(data.positions ?? {}).find((u) => !members?.includes(u));
  if (outsider) throw new Invalid({ positions: `User ${outsider} is not a member of this team.` });

  if (data.usersIds || data.positions) {
    const before = await tx.db.select().from(teamUsers).where(eq(teamUsers.teamId, teamId));
    const kept = new Map(before.map((r) => [r.userId, r.position]));
    await tx.db.delete(teamUsers).where(eq(teamUsers.teamId, teamId));
    const userIds = [...new Set(members ?? [])];
    if (userIds.length) {
      await tx.db.insert(teamUsers).values(
        userIds.map((userId) => ({
          teamId,
          userId,
          position:
            data.positions && userId in data.positions
              ? data.positions[userId]
              : (kept.get(userId) ?? null),
        })),
      );
    }
  }
  if (data.rolesIds) {
    await tx.db.delete(teamRoles).where(eq(teamRoles.teamId, teamId));
    const roleIds = [...new Set(data.rolesIds)];
    if (roleIds.length) {
      await tx.db.insert(teamRoles).values(roleIds.map((roleId) => ({ teamId, roleId })));
    }
  }
}

export async function createTeam(ctx: Ctx, input: unknown) {
  assertAdmin(ctx.actor);
  const data = parseInput(teamCreateInput, input);
  const id = await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(teams)
      .values({ name: data.name, createdAt: now, modifiedAt: now })
      .returning({ id: teams.id });
    await saveLinks(tx, row!.id, data);
    return row!.id;
  });
  return getTeam(ctx, id);
}

export async function updateTeam(ctx: Ctx, id: string, input: unknown) {
  assertAdmin(ctx.actor);
  const data = parseInput(teamUpdateInput, input);
  await getTeam(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(teams)
      .set({ name: data.name, modifiedAt: tx.clock.now() })
      .where(eq(teams.id, id));
    await saveLinks(tx, id, data);
  });
  return getTeam(ctx, id);
}

/** Memberships and role links go with the team; capture keys stop assigning leads to it. */
export async function deleteTeam(ctx: Ctx, id: string) {
  assertAdmin(ctx.actor);
  const team = await getTeam(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await tx.db.update(leadCaptureKeys).set({ teamId: null }).where(eq(leadCaptureKeys.teamId, id));
    const gone = await tx.db.delete(teams).where(eq(teams.id, id)).returning({ id: teams.id });
    if (!gone.length) throw new NotFound('Team');
  });
  return team;
}
