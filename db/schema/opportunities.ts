import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, contacts } from './accounts';
import { money, recordColumns } from './columns';

export const opportunityNumberSeq = pgSequence('opportunity_number_seq', { startWith: 1 });

export const opportunities = pgTable(
  'opportunities',
  {
    ...recordColumns(),
    number: integer('number').notNull().default(sql`nextval('opportunity_number_seq')`),
    name: text('name').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull().default('EUR'),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    /** Primary contact; further contacts with their roles are in opportunity_contacts. */
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    stage: text('stage').notNull(),
    probability: integer('probability').notNull(),
    /** ★ True once a user set the probability by hand: stage changes then keep it. */
    probabilityIsManual: boolean('probability_is_manual').notNull().default(false),
    lastStage: text('last_stage'),
    closeDate: date('close_date', { mode: 'string' }).notNull(),
    leadSource: text('lead_source'),
  },
  (t) => [
    index('opportunities_number').on(t.number),
    index('opportunities_stage').on(t.stage),
    index('opportunities_close_date').on(t.closeDate),
    index('opportunities_account').on(t.accountId),
    index('opportunities_assigned').on(t.assignedUserId),
  ],
);

export const opportunityContacts = pgTable(
  'opportunity_contacts',
  {
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    role: text('role'),
  },
  (t) => [
    primaryKey({ columns: [t.opportunityId, t.contactId] }),
    index('opportunity_contacts_contact').on(t.contactId),
  ],
);
