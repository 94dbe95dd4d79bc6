import { and, asc, eq } from 'drizzle-orm';
import { channelFollows as follows } from '../../../db/schema';
import { levelFor } from '../access/check';
import type { Ctx } from '../context';
import { Forbidden } from '../errors';

/** The record types a Slack channel (or a user's auto-follow) can follow. */
export const FOLLOWABLE_TYPES = ['Lead', 'Opportunity', 'Case'] as const;
export type FollowableType = (typeof FOLLOWABLE_TYPES)[number];

/** Following posts every record of the type to the whole channel: only for who may read them. */
function assertMayFollow(ctx: Ctx, entityType: FollowableType) {
  if (levelFor(ctx.actor, entityType, 'read') === 'no') {
    throw new Forbidden(`You may not read records of type ${entityType}.`);
  }
}

/**
 * `/crm follow leads`: the channel receives each new record of the type (and its later changes).
 * `locale` is the language the cards are written in there. False when it already followed.
 */
export async function followChannel(
  ctx: Ctx,
  input: { channelId: string; entityType: FollowableType; locale?: string | null },
): Promise<boolean> {
  assertMayFollow(ctx, input.entityType);
  const rows = await ctx.db
    .insert(follows)
    .values({
      channelId: input.channelId,
      entityType: input.entityType,
      locale: input.locale ?? null,
      createdById: ctx.actor.id,
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing()
    .returning({ channelId: follows.channelId });
  return rows.length > 0;
}

/** `/crm unfollow leads` (anyone linked may quieten a channel). False when it did not follow. */
export async function unfollowChannel(
  ctx: Ctx,
  input: { channelId: string; entityType: FollowableType },
): Promise<boolean> {
  const rows = await ctx.db
    .delete(follows)
    .where(and(eq(follows.channelId, input.channelId), eq(follows.entityType, input.entityType)))
    .returning({ channelId: follows.channelId });
  return rows.length > 0;
}

/** `/crm following`: the types this channel follows, in a stable order. */
export async function channelFollows(ctx: Ctx, channelId: string): Promise<FollowableType[]> {
  const rows = await ctx.db
    .select({ entityType: follows.entityType })
    .from(follows)
    .where(eq(follows.channelId, channelId))
    .orderBy(asc(follows.entityType));
  const types = new Set(rows.map((r) => r.entityType));
  return FOLLOWABLE_TYPES.filter((t) => types.has(t));
}
