import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { users } from '../../../db/schema';
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
  // Written out with aliases: drizzle leaves column names unqualified in a one-table select.
  teamIds: sql<unknown>`coalesce((
    select json_agg(tu.team_id) from team_users tu where tu.user_id = "users"."id"
  ), '[]'::json)`,
  roles: sql<unknown>`coalesce((
    select json_agg(json_build_object(
      'permissions', r.permissions, 'fieldPermissions', r.field_permissions) order by g.via)
    from (
      select ur.role_id, 0 as via from user_roles ur where ur.user_id = "users"."id"
      union all
      select tr.role_id, 1 from team_roles tr join team_users tu on tu.team_id = tr.team_id
        where tu.user_id = "users"."id"
    ) g join roles r on r.id = g.role_id
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
