import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { ts } from './columns';

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
