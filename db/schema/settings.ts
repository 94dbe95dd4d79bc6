import { boolean, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, ts } from './columns';

/** Key/value settings edited by admins (e.g. `opportunityStages`). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  modifiedAt: ts('modified_at').notNull().defaultNow(),
});

export const leadCaptureKeys = pgTable(
  'lead_capture_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    apiKey: text('api_key').notNull(),
    /** Lead fields a form may set; anything else it sends is ignored. */
    fields: text('fields').array().notNull(),
    leadSource: text('lead_source').notNull().default('Web Site'),
    teamId: uuid('team_id'),
    /** Origins allowed by CORS; empty means any. */
    allowedOrigins: text('allowed_origins').array().notNull().default([]),
    /** ★ Update the open lead with the same e-mail or phone instead of creating a second one. */
    mergeDuplicates: boolean('merge_duplicates').notNull().default(true),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: recordColumns().createdAt,
    modifiedAt: recordColumns().modifiedAt,
  },
  (t) => [uniqueIndex('lead_capture_keys_api_key').on(t.apiKey)],
);
