import { eq, sql } from 'drizzle-orm';
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

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/**
 * The columns an actor is built from, in one round trip: the user, its team ids and every role
 * that applies (its own, then its teams'; a role granted twice appears twice, as before).
 * Select them `from(users)` or from a join that includes `users` (tokens.ts does).
 */
export const actorColumns = {
  id: users.id,
  name: users.name,
  emailAddress: users.emailAddress,
  isAdmin: users.isAdmin,
  isActive: users.isActive,
  teamIds: sql<unknown>`coalesce((
    select json_agg(${teamUsers.teamId}) from ${teamUsers} where ${teamUsers.userId} = ${users.id}
  ), '[]'::json)`,
  roles: sql<unknown>`coalesce((
    select json_agg(json_build_object(
      'permissions', ${roles.permissions}, 'fieldPermissions', ${roles.fieldPermissions})
      order by granted.via, granted.n)
    from (
      select ${userRoles.roleId} as role_id, 0 as via, 0 as n
        from ${userRoles} where ${userRoles.userId} = ${users.id}
      union all
      select ${teamRoles.roleId}, 1, 0
        from ${teamRoles} join ${teamUsers} on ${teamUsers.teamId} = ${teamRoles.teamId}
        where ${teamUsers.userId} = ${users.id}
    ) as granted join ${roles} on ${roles.id} = granted.role_id
  ), '[]'::json)`,
};

export type ActorRow = {
  id: string;
  name: string;
  emailAddress: string;
  isAdmin: boolean;
  isActive: boolean;
  teamIds: unknown;
  roles: unknown;
};

/** The actor of a row selected with `actorColumns`; null if there is none or it is inactive. */
export function actorFromRow(row: ActorRow | undefined): Actor | null {
  if (!row?.isActive) return null;
  const teamIds = parseJson<string[]>(row.teamIds);
  const all = parseJson<{ permissions: Permissions; fieldPermissions: FieldPermissions }[]>(
    row.roles,
  );
  return {
    kind: 'user',
    id: row.id,
    name: row.name,
    emailAddress: row.emailAddress,
    isAdmin: row.isAdmin,
    teamIds,
    permissions: mergePermissions(all.map((r) => r.permissions)),
    fieldPermissions: all.length ? mergeFieldPermissions(all.map((r) => r.fieldPermissions)) : {},
  };
}

/** Loads an active user with its roles (own and its teams') merged; null if unknown or inactive. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [row] = await db.select(actorColumns).from(users).where(eq(users.id, userId));
  return actorFromRow(row as ActorRow | undefined);
}
