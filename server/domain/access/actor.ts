import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { roles, teamRoles, teamUsers, userRoles, users } from '../../../db/schema';
import {
  type FieldPermissions,
  mergeFieldPermissions,
  mergePermissions,
  type Permissions,
} from './levels';

/** Who acts: resolved once per request, Slack event or mail, then passed to every domain call. */
export interface Actor {
  kind: 'user' | 'system';
  /** The user's id; null for the system (lead capture, seeds, jobs). */
  id: string | null;
  name: string;
  emailAddress: string | null;
  isAdmin: boolean;
  teamIds: string[];
  permissions: Permissions;
  fieldPermissions: FieldPermissions;
}

/** The process itself, e.g. web-to-lead or the demo seed: full access, no user. */
export const systemActor: Actor = {
  kind: 'system',
  id: null,
  name: 'System',
  emailAddress: null,
  isAdmin: true,
  teamIds: [],
  permissions: {},
  fieldPermissions: {},
};

/** Loads an active user with its roles (own and its teams') merged; null if unknown or inactive. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user?.isActive) return null;
  const memberships = await db
    .select({ teamId: teamUsers.teamId })
    .from(teamUsers)
    .where(eq(teamUsers.userId, userId));
  const teamIds = memberships.map((m) => m.teamId);
  const own = await db
    .select({ permissions: roles.permissions, fieldPermissions: roles.fieldPermissions })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(eq(userRoles.userId, userId));
  const viaTeams = teamIds.length
    ? await db
        .select({ permissions: roles.permissions, fieldPermissions: roles.fieldPermissions })
        .from(teamRoles)
        .innerJoin(roles, eq(roles.id, teamRoles.roleId))
        .where(inArray(teamRoles.teamId, teamIds))
    : [];
  const all = [...own, ...viaTeams];
  return {
    kind: 'user',
    id: user.id,
    name: user.name,
    emailAddress: user.emailAddress,
    isAdmin: user.isAdmin,
    teamIds,
    permissions: mergePermissions(all.map((r) => r.permissions)),
    fieldPermissions: all.length ? mergeFieldPermissions(all.map((r) => r.fieldPermissions)) : {},
  };
}
