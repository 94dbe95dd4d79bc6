import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { addressColumns, recordColumns } from './columns';

export const accounts = pgTable(
  'accounts',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    type: text('type'),
    industry: text('industry'),
    website: text('website'),
    emailAddress: text('email_address'),
    phoneNumber: text('phone_number'),
    ...addressColumns('billingAddress'),
    ...addressColumns('shippingAddress'),
  },
  (t) => [
    index('accounts_name').on(sql`lower(${t.name})`),
    index('accounts_email').on(sql`lower(${t.emailAddress})`),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    ...recordColumns(),
    salutationName: text('salutation_name'),
    firstName: text('first_name'),
    lastName: text('last_name').notNull(),
    emailAddress: text('email_address'),
    phoneNumber: text('phone_number'),
    ...addressColumns('address'),
    /** The primary account; the contact's title is its role there. */
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('contacts_name').on(sql`lower(${t.lastName})`, sql`lower(${t.firstName})`),
    index('contacts_email').on(sql`lower(${t.emailAddress})`),
    index('contacts_account').on(t.accountId),
  ],
);

/** Every account a contact belongs to (the primary one included), with the role there. */
export const accountContacts = pgTable(
  'account_contacts',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    role: text('role'),
    isInactive: boolean('is_inactive').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.contactId] }),
    index('account_contacts_contact').on(t.contactId),
  ],
);
