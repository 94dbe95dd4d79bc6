import { accounts } from '../../../db/schema';
import type { RecordType } from '../shared/records';

export type AccountRow = typeof accounts.$inferSelect;

export const ACCOUNT_TYPES = ['Customer', 'Investor', 'Partner', 'Reseller'] as const;

export const accountType: RecordType<AccountRow> = {
  entityType: 'Account',
  table: accounts,
  fields: {
    id: { column: accounts.id, kind: 'uuid' },
    name: { column: accounts.name, kind: 'text' },
    type: { column: accounts.type, kind: 'text' },
    industry: { column: accounts.industry, kind: 'text' },
    website: { column: accounts.website, kind: 'text' },
    emailAddress: { column: accounts.emailAddress, kind: 'text' },
    phoneNumber: { column: accounts.phoneNumber, kind: 'text' },
    billingAddressCity: { column: accounts.billingAddressCity, kind: 'text' },
    billingAddressCountry: { column: accounts.billingAddressCountry, kind: 'text' },
    shippingAddressCity: { column: accounts.shippingAddressCity, kind: 'text' },
    shippingAddressCountry: { column: accounts.shippingAddressCountry, kind: 'text' },
    assignedUserId: { column: accounts.assignedUserId, kind: 'uuid' },
    createdById: { column: accounts.createdById, kind: 'uuid' },
    createdAt: { column: accounts.createdAt, kind: 'timestamp' },
    modifiedAt: { column: accounts.modifiedAt, kind: 'timestamp' },
    streamUpdatedAt: { column: accounts.streamUpdatedAt, kind: 'timestamp' },
  },
  search: [accounts.name, accounts.emailAddress, accounts.phoneNumber, accounts.website],
  defaultSort: ['createdAt', 'DESC'],
  audited: [
    'name',
    'type',
    'industry',
    'website',
    'emailAddress',
    'phoneNumber',
    'billingAddressCity',
    'billingAddressCountry',
    'assignedUserId',
  ],
  label: (a) => a.name,
  toApi: (a) => ({ ...a }),
};
