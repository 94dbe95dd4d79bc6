import { and, eq } from 'drizzle-orm';
import { slackCards } from '../../../db/schema';
import type { Ctx } from '../context';

/**
 * The case whose card is the Slack message `channel` + `ts` (a support channel's case card, whose
 * thread is the case's stream): its id, or null when that message is no case card. Reading the
 * case itself is left to the caller, with the actor's roles.
 */
export async function caseByCardMessage(
  ctx: Ctx,
  channel: string,
  ts: string,
): Promise<string | null> {
  const [card] = await ctx.db
    .select({ entityId: slackCards.entityId })
    .from(slackCards)
    .where(
      and(
        eq(slackCards.entityType, 'Case'),
        eq(slackCards.channel, channel),
        eq(slackCards.ts, ts),
      ),
    )
    .limit(1);
  return card?.entityId ?? null;
}
