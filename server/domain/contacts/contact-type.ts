import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { accountContacts, contacts } from '../../../db/schema';
import { Invalid } from '../errors';
import { UUID } from '../shared/list-query';
import type { RecordType } from '../shared/records';

export type ContactRow = typeof contacts.$inferSelect;

/** `accountsIds`: contacts linked to any of the accounts, primary or not (through the link table). */
function linkedTo(value: unknown): SQL {
  const ids = Array.isArray(value) ? value : [value];
  if (!ids.every((v) => typeof v === 'string' && UUID.test(v))) {
    throw new Invalid({ accountsIds: 'Invalid value for accountsIds.' });
  }
  if (!ids.length) return sql`false`;
  return sql`exists (select 1 from ${accountContacts} where ${eq(accountContacts.contactId, contacts.id)} and ${inArray(accountContacts.accountId, ids as string[])})`;
}

export const contactName = (c: Pick<ContactRow, 'firstName' | 'lastName'>) =>
  [c.firstName, c.lastName].filter(Boolean).join(' ');

export const contactType: RecordType<ContactRow> = {
  entityType: 'Contact',
  table: contacts,
  fields: {
    id: { column: contacts.id, kind: 'uuid' },
    firstName: { column: contacts.firstName, kind: 'text' },
    lastName: { column: contacts.lastName, kind: 'text' },
    emailAddress: { column: contacts.emailAddress, kind: 'text' },
    phoneNumber: { column: contacts.phoneNumber, kind: 'text' },
    addressCity: { column: contacts.addressCity, kind: 'text' },
    addressCountry: { column: contacts.addressCountry, kind: 'text' },
    accountId: { column: contacts.accountId, kind: 'uuid' },
    assignedUserId: { column: contacts.assignedUserId, kind: 'uuid' },
    createdById: { column: contacts.createdById, kind: 'uuid' },
    createdAt: { column: contacts.createdAt, kind: 'timestamp' },
    modifiedAt: { column: contacts.modifiedAt, kind: 'timestamp' },
    streamUpdatedAt: { column: contacts.streamUpdatedAt, kind: 'timestamp' },
  },
  customFilters: { accountsIds: linkedTo },
  search: [contacts.firstName, contacts.lastName, contacts.emailAddress, contacts.phoneNumber],
  defaultSort: ['createdAt', 'DESC'],
  audited: ['firstName', 'lastName', 'emailAddress', 'phoneNumber', 'accountId', 'assignedUserId'],
  label: contactName,
  toApi: (c) => ({ ...c, name: contactName(c) }),
};
