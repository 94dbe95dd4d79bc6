import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  index,
  integer,
  pgSequence,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { addressColumns, money, recordColumns, searchText, ts } from './columns';

export const leadNumberSeq = pgSequence('lead_number_seq', { startWith: 1 });

/** What `q` searches on leads (the trigram index below is on this exact expression). */
export const leadSearchText = (t: {
  firstName: AnyPgColumn;
  lastName: AnyPgColumn;
  accountName: AnyPgColumn;
  emailAddress: AnyPgColumn;
  phoneNumber: AnyPgColumn;
}) => searchText(t.firstName, t.lastName, t.accountName, t.emailAddress, t.phoneNumber);

export const leads = pgTable(
  'leads',
  {
    ...recordColumns(),
    number: integer('number').notNull().default(sql`nextval('lead_number_seq')`),
    salutationName: text('salutation_name'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    title: text('title'),
    accountName: text('account_name'),
    emailAddress: text('email_address'),
    phoneNumber: text('phone_number'),
    website: text('website'),
    ...addressColumns('address'),
    status: text('status').notNull().default('New'),
    source: text('source'),
    industry: text('industry'),
    opportunityAmount: money('opportunity_amount'),
    opportunityAmountCurrency: text('opportunity_amount_currency'),
    convertedAt: ts('converted_at'),
    createdAccountId: uuid('created_account_id'),
    createdContactId: uuid('created_contact_id'),
    createdOpportunityId: uuid('created_opportunity_id'),
  },
  (t) => [
    index('leads_number').on(t.number),
    index('leads_status_created').on(t.status, t.createdAt),
    // The list filtered by status and source (the usual list view) pages and counts from this index
    // alone: the count is an index-only scan instead of a scan of the table (docs/benchmarks.md).
    index('leads_status_source_created').on(t.status, t.source, t.createdAt),
    index('leads_created').on(t.createdAt),
    index('leads_last_name').on(t.lastName),
    // "My leads" newest first: the page and its count both come from this index.
    index('leads_assigned_created').on(t.assignedUserId, t.createdAt),
    index('leads_email').on(sql`lower(${t.emailAddress})`),
    index('leads_phone').on(t.phoneNumber),
    index('leads_search').using('gin', sql`${leadSearchText(t)} gin_trgm_ops`),
  ],
);
