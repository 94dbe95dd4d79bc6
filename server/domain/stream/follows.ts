import { and, eq, inArray } from 'drizzle-orm';
import { autoFollows, follows } from '../../../db/schema';
import type { Ctx } from '../context';

export async function followRecord(
  ctx: Ctx,
  userIds: (string | null | undefined)[],
  entityType: string,
  entityId: string,
): Promise<void> {
  const ids = [...new Set(userIds.filter((u): u is string => !!u))];
  if (!ids.length) return;
  await ctx.db
    .insert(follows)
    .values(ids.map((userId) => ({ userId, entityType, entityId, createdAt: ctx.clock.now() })))
    .onConflictDoNothing();
}

export async function unfollowRecord(
  ctx: Ctx,
  userId: string,
  entityType: string,
  entityId: string,
): Promise<void> {
  await ctx.db
    .delete(follows)
    .where(
      and(
        eq(follows.userId, userId),
        eq(follows.entityType, entityType),
        eq(follows.entityId, entityId),
      ),
    );
}

export async function followersOf(ctx: Ctx, entityType: string, entityId: string) {
  const rows = await ctx.db
    .select({ userId: follows.userId })
    .from(follows)
    .where(and(eq(follows.entityType, entityType), eq(follows.entityId, entityId)));
  return rows.map((r) => r.userId);
}

/** Users who follow every new record of this type ("global auto-follow"). */
export async function autoFollowersOf(ctx: Ctx, entityType: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ userId: autoFollows.userId })
    .from(autoFollows)
    .where(eq(autoFollows.entityType, entityType));
  return rows.map((r) => r.userId);
}

export async function setAutoFollow(
  ctx: Ctx,
  userId: string,
  entityType: string,
  on: boolean,
): Promise<void> {
  if (on) {
    await ctx.db.insert(autoFollows).values({ userId, entityType }).onConflictDoNothing();
  } else {
    await ctx.db
      .delete(autoFollows)
      .where(and(eq(autoFollows.userId, userId), eq(autoFollows.entityType, entityType)));
  }
}

/** ★ Conversion: whoever followed the lead follows each record made from it. */
export async function copyFollowers(
  ctx: Ctx,
  from: { entityType: string; id: string },
  to: { entityType: string; id: string }[],
): Promise<void> {
  const userIds = await followersOf(ctx, from.entityType, from.id);
  for (const t of to) await followRecord(ctx, userIds, t.entityType, t.id);
}

export async function isFollowing(
  ctx: Ctx,
  userId: string,
  entityType: string,
  entityIds: string[],
): Promise<Set<string>> {
  if (!entityIds.length) return new Set();
  const rows = await ctx.db
    .select({ entityId: follows.entityId })
    .from(follows)
    .where(
      and(
        eq(follows.userId, userId),
        eq(follows.entityType, entityType),
        inArray(follows.entityId, entityIds),
      ),
    );
  return new Set(rows.map((r) => r.entityId));
}
