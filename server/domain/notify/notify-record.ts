import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { channelFollows, follows, slackCards, users } from '../../../db/schema';
import type { Ctx } from '../context';

/** The job that posts (or updates in place) a record's card in Slack (server/jobs/slack-card.ts). */
export const SLACK_CARD_JOB = 'slack.card';

/** Record types whose news goes to Slack. */
export type CardEntityType = 'Lead' | 'Opportunity' | 'Case';
const CARD_TYPES = new Set<string>(['Lead', 'Opportunity', 'Case']);

/** Changes that are news to followers; any other change only refreshes the cards already posted. */
export const NEWS_FIELDS = ['stage', 'status', 'assignedUserId'] as const;

export type CardTarget =
  /** A channel: its card is posted once, then updated in place (slack_cards). */
  | { kind: 'channel'; channel: string; locale: string | null; updateOnly?: boolean }
  /** A user following the record: a DM with the card. */
  | { kind: 'user'; userId: string; slackUserId: string; locale: string };

/**
 * What a `slack.card` job carries: which record, what happened, to whom. The job reads the record
 * and builds the card when it runs, so a card always shows the record as it is then.
 */
export interface SlackCardJob {
  entityType: CardEntityType;
  entityId: string;
  event: 'created' | 'changed';
  /** Who made the change (named in DMs). */
  actorName: string;
  target: CardTarget;
}

/**
 * Called by the record engine (shared/records.ts) inside the transaction of a create or change:
 * enqueues one `slack.card` job per channel following the type (or holding a card of the
 * record) and per following user with a Slack id, except the one who made the change. Nothing is
 * enqueued when nobody is told, or when this process runs no Slack jobs.
 */
export async function notifyRecord(
  ctx: Ctx,
  entityType: string,
  entityId: string,
  change: { event: 'created' | 'changed'; news: boolean },
): Promise<void> {
  if (!CARD_TYPES.has(entityType) || !ctx.jobs.has(SLACK_CARD_JOB)) return;
  const targets = new Map<string, CardTarget>();
  if (change.event === 'changed') {
    const cards = await ctx.db
      .select({ channel: slackCards.channel })
      .from(slackCards)
      .where(and(eq(slackCards.entityType, entityType), eq(slackCards.entityId, entityId)));
    for (const c of cards) {
      targets.set(`c:${c.channel}`, {
        kind: 'channel',
        channel: c.channel,
        locale: null,
        updateOnly: true,
      });
    }
  }
  if (change.news) {
    const channels = await ctx.db
      .select({ channel: channelFollows.channelId, locale: channelFollows.locale })
      .from(channelFollows)
      .where(eq(channelFollows.entityType, entityType));
    for (const c of channels) {
      targets.set(`c:${c.channel}`, { kind: 'channel', channel: c.channel, locale: c.locale });
    }
    const people = await ctx.db
      .select({ userId: users.id, slackUserId: users.slackUserId, locale: users.locale })
      .from(follows)
      .innerJoin(users, eq(users.id, follows.userId))
      .where(
        and(
          eq(follows.entityType, entityType),
          eq(follows.entityId, entityId),
          eq(users.isActive, true),
          isNotNull(users.slackUserId),
          ctx.actor.id ? ne(users.id, ctx.actor.id) : undefined,
        ),
      );
    for (const p of people) {
      targets.set(`u:${p.userId}`, {
        kind: 'user',
        userId: p.userId,
        slackUserId: p.slackUserId!,
        locale: p.locale,
      });
    }
  }
  for (const target of targets.values()) {
    const job: SlackCardJob = {
      entityType: entityType as CardEntityType,
      entityId,
      event: change.event,
      actorName: ctx.actor.name,
      target,
    };
    await ctx.jobs.send(ctx.db, SLACK_CARD_JOB, job);
  }
}
