import { and, eq } from 'drizzle-orm';
import { channelFollows, slackCards } from '../../../db/schema';
import { loadActor, systemActor } from '../access/actor';
import { type CaseParties, caseParties } from '../cases/case-parties';
import { caseType } from '../cases/case-type';
import { presentCase } from '../cases/present-case';
import type { Ctx } from '../context';
import { DomainError } from '../errors';
import { leadType } from '../leads/lead-type';
import { opportunityType } from '../opportunities/opportunity-type';
import { presentOpportunity } from '../opportunities/present-opportunity';
import { getOpportunityStages, type StageSetting } from '../settings/opportunity-stages';
import { findRecord, present } from '../shared/records';
import { type Person, userNames } from '../users/user-names';
import { queueThreadSync } from './case-thread';
import type { SlackCardJob } from './notify-record';

/** What a `slack.card` job needs to build its card, read when it runs. */
export interface CardSubject {
  /** The presented record (what the reader may see). */
  record: Record<string, unknown>;
  /** Deals: the configured stages (for labels and the stage select). */
  stages: StageSetting[];
  people: Map<string, Person>;
  /** Cases: the contact and account names the reader may see. */
  parties: CaseParties;
  /** The CRM user reading a DM; null in a channel. */
  readerId: string | null;
  /** The locale the card is written in (null: English). */
  locale: string | null;
  /** A channel's card already posted for this record (then update it in place). */
  postedTs: string | null;
}

/**
 * Reads the record of a card job: as the following user for a DM (null when they may no longer
 * read it, or it is gone), as the system for a channel card (the channel follows the whole type).
 */
export async function cardSubject(ctx: Ctx, job: SlackCardJob): Promise<CardSubject | null> {
  const t = job.target;
  const actor = t.kind === 'user' ? await loadActor(ctx.db, t.userId) : systemActor;
  if (!actor) return null;
  const as: Ctx = { ...ctx, actor };
  let record: Record<string, unknown>;
  let stages: StageSetting[] = [];
  let parties: CaseParties = { contacts: new Map(), accounts: new Map() };
  try {
    if (job.entityType === 'Lead') {
      record = present(as, leadType, await findRecord(as, leadType, job.entityId));
    } else if (job.entityType === 'Case') {
      record = await presentCase(as, await findRecord(as, caseType, job.entityId));
      parties = await caseParties(as, [record]);
    } else {
      const row = await findRecord(as, opportunityType, job.entityId);
      record = await presentOpportunity(as, row);
      stages = await getOpportunityStages(as);
    }
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
  const people = await userNames(as, [record.assignedUserId as string | undefined]);
  if (t.kind === 'user') {
    return {
      record,
      stages,
      people,
      parties,
      readerId: t.userId,
      locale: t.locale,
      postedTs: null,
    };
  }
  const [card] = await ctx.db
    .select({ ts: slackCards.ts })
    .from(slackCards)
    .where(
      and(
        eq(slackCards.entityType, job.entityType),
        eq(slackCards.entityId, job.entityId),
        eq(slackCards.channel, t.channel),
      ),
    );
  const follows = await ctx.db
    .select({ entityType: channelFollows.entityType, locale: channelFollows.locale })
    .from(channelFollows)
    .where(eq(channelFollows.channelId, t.channel));
  const locale =
    t.locale ??
    follows.find((f) => f.entityType === job.entityType)?.locale ??
    follows.find((f) => f.locale)?.locale ??
    null;
  return { record, stages, people, parties, readerId: null, locale, postedTs: card?.ts ?? null };
}

/** Remembers where a record's card was posted in a channel, for later updates in place. */
export async function rememberCard(
  ctx: Ctx,
  card: { entityType: string; entityId: string; channel: string; ts: string },
): Promise<void> {
  await ctx.db
    .insert(slackCards)
    .values({ ...card, postedAt: ctx.clock.now() })
    .onConflictDoUpdate({
      target: [slackCards.entityType, slackCards.entityId, slackCards.channel],
      set: { ts: card.ts, postedAt: ctx.clock.now() },
    });
  // A case card's thread is the case's stream: post the notes written before the card was.
  if (card.entityType === 'Case') await queueThreadSync(ctx, card.entityId, card.channel);
}
