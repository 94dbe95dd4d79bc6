import { and, eq, notInArray } from 'drizzle-orm';
import { teamUsers, userRoles } from '../../../db/schema';
import type { Ctx } from '../context';
import { setAutoFollow } from '../stream/follows';
import { AUTO_FOLLOW_TYPES } from './user-input';

/** Replaces the user's team memberships, keeping the position of teams it stays in. */
export async function setUserTeams(tx: Ctx, userId: string, teamIds: string[]) {
  const keep = [...new Set(teamIds)];
  await tx.db
    .delete(teamUsers)
    .where(
      and(
        eq(teamUsers.userId, userId),
        keep.length ? notInArray(teamUsers.teamId, keep) : undefined,
      ),
    );
  if (keep.length) {
    await tx.db
      .insert(teamUsers)
      .values(keep.map((teamId) => ({ teamId, userId })))
      .onConflictDoNothing();
  }
}

export async function setUserRoles(tx: Ctx, userId: string, roleIds: string[]) {
  const keep = [...new Set(roleIds)];
  await tx.db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (keep.length) {
    await tx.db.insert(userRoles).values(keep.map((roleId) => ({ userId, roleId })));
  }
}

/** The "global auto-follow" preference, stored one row per followed type. */
export async function setAutoFollowTypes(tx: Ctx, userId: string, types: string[]) {
  for (const t of AUTO_FOLLOW_TYPES) await setAutoFollow(tx, userId, t, types.includes(t));
}
