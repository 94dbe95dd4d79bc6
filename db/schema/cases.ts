import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns, searchText, ts } from './columns';
import type { Distribution } from './mail';

export const caseNumberSeq = pgSequence('case_number_seq', { startWith: 1 });

/** What `q` searches on cases. */
export const caseSearchText = (t: { name: AnyPgColumn; description: AnyPgColumn }) =>
  searchText(t.name, t.description);

/** domain.md, Case: `#n`, statuses, priority, type; `isInternal` = hidden from the portal. */
export const cases = pgTable(
  'cases',
  {
    ...recordColumns(),
    number: integer('number').notNull().default(sql`nextval('case_number_seq')`),
    name: text('name').notNull(),
    status: text('status').notNull().default('New'),
    priority: text('priority').notNull().default('Normal'),
    type: text('type'),
    accountId: uuid('account_id'),
    contactId: uuid('contact_id'),
    leadId: uuid('lead_id'),
    isInternal: boolean('is_internal').notNull().default(false),
    /** The mailbox the case came from (its address answers the customer). */
    inboundEmailAccountId: uuid('inbound_email_account_id'),
  },
  (t) => [
    uniqueIndex('cases_number').on(t.number),
    index('cases_status_created').on(t.status, t.createdAt),
    index('cases_assigned_status').on(t.assignedUserId, t.status),
    index('cases_contact').on(t.contactId),
    index('cases_account').on(t.accountId),
    index('cases_stream_updated').on(t.streamUpdatedAt),
    index('cases_search').using('gin', sql`${caseSearchText(t)} gin_trgm_ops`),
  ],
);

/** A case's further contacts (the primary one is `cases.contact_id`). */
export const caseContacts = pgTable(
  'case_contacts',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.contactId] }),
    index('case_contacts_contact').on(t.contactId),
  ],
);

/** Knowledge-base categories: a tree of any depth. */
export const kbCategories = pgTable('kb_categories', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  createdAt: ts('created_at').notNull().defaultNow(),
  modifiedAt: ts('modified_at').notNull().defaultNow(),
});

export const kbSearchText = (t: { name: AnyPgColumn; body: AnyPgColumn }) =>
  searchText(t.name, t.body);

/** domain.md, Knowledge base: archived automatically after `expirationDate`. */
export const kbArticles = pgTable(
  'kb_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    body: text('body').notNull().default(''),
    status: text('status').notNull().default('Draft'),
    categoriesIds: uuid('categories_ids').array().notNull().default(sql`'{}'::uuid[]`),
    portalsIds: uuid('portals_ids').array().notNull().default(sql`'{}'::uuid[]`),
    publishDate: date('publish_date', { mode: 'string' }),
    expirationDate: date('expiration_date', { mode: 'string' }),
    createdById: uuid('created_by_id'),
    modifiedById: uuid('modified_by_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    modifiedAt: ts('modified_at').notNull().defaultNow(),
  },
  (t) => [
    index('kb_articles_status').on(t.status),
    index('kb_articles_search').using('gin', sql`${kbSearchText(t)} gin_trgm_ops`),
  ],
);

/** Articles linked to a case (sent in a reply, or linked by an agent). */
export const caseArticles = pgTable(
  'case_articles',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    articleId: uuid('article_id')
      .notNull()
      .references(() => kbArticles.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.articleId] })],
);

/**
 * domain.md, Assignment rules: per entity type (`Lead`, `Case`), one active rule: `Direct` (a named
 * user), `Round-Robin` (next active team member after `lastAssignedUserId`), `Least-Busy`.
 */
export const assignmentRules = pgTable(
  'assignment_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    entityType: text('entity_type').$type<'Lead' | 'Case'>().notNull(),
    method: text('method').$type<Distribution>().notNull(),
    teamId: uuid('team_id'),
    assignToUserId: uuid('assign_to_user_id'),
    isActive: boolean('is_active').notNull().default(true),
    lastAssignedUserId: uuid('last_assigned_user_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    modifiedAt: ts('modified_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('assignment_rules_active').on(t.entityType).where(sql`${t.isActive}`)],
);
