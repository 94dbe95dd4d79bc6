import { inArray } from 'drizzle-orm';
import { autoFollows, teamUsers, userRoles, type users } from '../../../db/schema';
import type { Ctx } from '../context';

export type UserRow = typeof users.$inferSelect;
export interface UserLinks {
  teamsIds: string[];
  rolesIds: string[];
  autoFollowEntityTypes: string[];
}

const group = <T extends { userId: string }>(rows: T[], pick: (r: T) => string) => {
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), pick(r)]);
  return out;
};

/** Teams, roles and auto-follow preferences of many users in three queries (no N+1 on lists). */
export async function userLinks(ctx: Ctx, ids: string[]): Promise<Map<string, UserLinks>> {
  const out = new Map<string, UserLinks>();
  if (!ids.length) return out;
  const [t, r, f] = await Promise.all([
    ctx.db.select().from(teamUsers).where(inArray(teamUsers.userId, ids)),
    ctx.db.select().from(userRoles).where(inArray(userRoles.userId, ids)),
    ctx.db.select().from(autoFollows).where(inArray(autoFollows.userId, ids)),
  ]);
  const teamsBy = group(t, (x) => x.teamId);
  const rolesBy = group(r, (x) => x.roleId);
  const followBy = group(f, (x) => x.entityType);
  for (const id of ids) {
    out.set(id, {
      teamsIds: teamsBy.get(id) ?? [],
      rolesIds: rolesBy.get(id) ?? [],
      autoFollowEntityTypes: (followBy.get(id) ?? []).sort(),
    });
  }
  return out;
}

/** The API shape: never the password hash. */
export function userToApi(row: UserRow, links: UserLinks | undefined) {
  const { passwordHash: _, ...rest } = row;
  return {
    ...rest,
    teamsIds: links?.teamsIds ?? [],
    rolesIds: links?.rolesIds ?? [],
    autoFollowEntityTypes: links?.autoFollowEntityTypes ?? [],
  };
}

export async function presentUsers(ctx: Ctx, rows: UserRow[]) {
  const links = await userLinks(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => userToApi(r, links.get(r.id)));
}
