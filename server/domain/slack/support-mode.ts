import { and, eq } from 'drizzle-orm';
import { channelFollows, slackChannels } from '../../../db/schema';
import { levelFor } from '../access/check';
import type { Ctx } from '../context';
import { Forbidden, Invalid } from '../errors';

export const SUPPORT_MODES = ['public', 'internal'] as const;
export type SupportMode = (typeof SUPPORT_MODES)[number];

/** A channel that follows cases is a support channel (slack.md, Cases in threads). */
export async function isSupportChannel(ctx: Ctx, channelId: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ channelId: channelFollows.channelId })
    .from(channelFollows)
    .where(and(eq(channelFollows.channelId, channelId), eq(channelFollows.entityType, 'Case')))
    .limit(1);
  return !!row;
}

/**
 * What a thread reply in this channel is by default: `public` (e-mailed to the customer unless it
 * starts with 🔒) or `internal` (a note unless it starts with ✉️). `public` until someone sets it.
 */
export async function supportModeOf(ctx: Ctx, channelId: string): Promise<SupportMode> {
  const [row] = await ctx.db
    .select({ supportMode: slackChannels.supportMode })
    .from(slackChannels)
    .where(eq(slackChannels.channelId, channelId));
  return row?.supportMode === 'internal' ? 'internal' : 'public';
}

/**
 * `/crm support-mode internal|public`: only in a support channel (a mode elsewhere would mean
 * nothing). Returns whether it changed.
 */
export async function setSupportMode(
  ctx: Ctx,
  channelId: string,
  mode: SupportMode,
): Promise<boolean> {
  if (!(SUPPORT_MODES as readonly string[]).includes(mode)) {
    throw new Invalid({ supportMode: `One of: ${SUPPORT_MODES.join(', ')}.` });
  }
  // Like following cases: it is about what the channel does with cases.
  if (levelFor(ctx.actor, 'Case', 'read') === 'no') {
    throw new Forbidden('You may not read cases.');
  }
  if (!(await isSupportChannel(ctx, channelId))) {
    throw new Invalid({ channel: 'This channel does not follow cases.' });
  }
  const before = await supportModeOf(ctx, channelId);
  await ctx.db
    .insert(slackChannels)
    .values({ channelId, supportMode: mode, modifiedAt: ctx.clock.now() })
    .onConflictDoUpdate({
      target: slackChannels.channelId,
      set: { supportMode: mode, modifiedAt: ctx.clock.now() },
    });
  return before !== mode;
}
