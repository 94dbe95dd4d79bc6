import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { users } from './users';

/** The stream: every note on a record (Post, Create, Update, Assign, Relate, Email…). */
export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    post: text('post'),
    parentType: text('parent_type').notNull(),
    parentId: uuid('parent_id').notNull(),
    /** For Relate notes and conversions: the other record. */
    relatedType: text('related_type'),
    relatedId: uuid('related_id'),
    isInternal: boolean('is_internal').notNull().default(false),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    modifiedAt: ts('modified_at').notNull().defaultNow(),
  },
  (t) => [index('notes_parent').on(t.parentType, t.parentId, t.createdAt)],
);

/** A user following one record. */
export const follows = pgTable(
  'follows',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.entityType, t.entityId] }),
    index('follows_entity').on(t.entityType, t.entityId),
  ],
);

/** "Global auto-follow": the user follows every new record of this type. */
export const autoFollows = pgTable(
  'auto_follows',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entityType: text('entity_type').notNull(),
  },
  (t) => [uniqueIndex('auto_follows_unique').on(t.userId, t.entityType)],
);
