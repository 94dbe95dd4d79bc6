import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { notes } from './stream';
import { users } from './users';

/**
 * Slack requests already handled (slack.md, Reliability): an Events API `event_id`, or the
 * `trigger_id` of a slash command or interaction. A retried delivery finds its id here and is
 * acknowledged without being processed again. Rows older than a day are pruned.
 */
export const slackEvents = pgTable(
  'slack_events',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    receivedAt: ts('received_at').notNull().defaultNow(),
  },
  (t) => [index('slack_events_received').on(t.receivedAt)],
);

/**
 * Slack channels that follow a record type (`/crm follow leads`): each new record of the type,
 * and its stage/status/assignee changes, is posted there as a card. `locale` is the language of
 * whoever set the follow (the cards' language in that channel).
 */
export const channelFollows = pgTable(
  'channel_follows',
  {
    channelId: text('channel_id').notNull(),
    entityType: text('entity_type').notNull(),
    locale: text('locale'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.channelId, t.entityType] }),
    index('channel_follows_type').on(t.entityType),
  ],
);

/** Where a record's card was posted in a channel, so later changes `chat.update` it in place. */
export const slackCards = pgTable(
  'slack_cards',
  {
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    channel: text('channel').notNull(),
    ts: text('ts').notNull(),
    postedAt: ts('posted_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.entityType, t.entityId, t.channel] }),
    // A thread reply names its parent message: channel + ts finds the case.
    index('slack_cards_message').on(t.channel, t.ts),
  ],
);

/**
 * Per-channel settings. `supportMode` (slack.md, Cases in threads): `public` (thread replies are
 * mailed to the customer unless they start with 🔒) or `internal` (replies are notes unless they
 * start with ✉️ or go through **Send to customer**).
 */
export const slackChannels = pgTable('slack_channels', {
  channelId: text('channel_id').primaryKey(),
  supportMode: text('support_mode').$type<'public' | 'internal'>().notNull().default('public'),
  modifiedAt: ts('modified_at').notNull().defaultNow(),
});

/**
 * Which case notes were posted in which channel's case thread (slack.md, Cases in threads): one
 * row per (note, channel), written before the post (`ts` null while it is on its way) so that two
 * jobs or processes never post the same note twice; `ts` is the thread message once posted. A
 * claim whose post never finished (a crash) can be taken again after a while (`claimedAt`).
 */
export const slackThreadPosts = pgTable(
  'slack_thread_posts',
  {
    noteId: uuid('note_id')
      .notNull()
      .references(() => notes.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    ts: text('ts'),
    claimedAt: ts('claimed_at').notNull().defaultNow(),
    postedAt: ts('posted_at'),
  },
  (t) => [primaryKey({ columns: [t.noteId, t.channel] })],
);
