import { leadSearchText, leads } from '../../../db/schema';
import { parseNumberRef } from '../shared/fields';
import type { RecordType } from '../shared/records';

export type LeadRow = typeof leads.$inferSelect;

export const LEAD_STATUSES = [
  'New',
  'Assigned',
  'In Process',
  'Converted',
  'Recycled',
  'Dead',
] as const;
export const CLOSED_LEAD_STATUSES = ['Converted', 'Recycled', 'Dead'] as const;
export const LEAD_SOURCES = [
  'Call',
  'Email',
  'Existing Customer',
  'Partner',
  'Public Relations',
  'Web Site',
  'Campaign',
  'Other',
] as const;

export const leadNumber = (n: number) => `L-${n}`;

export const leadName = (
  l: Pick<LeadRow, 'firstName' | 'lastName' | 'accountName' | 'emailAddress' | 'phoneNumber'>,
) =>
  [l.firstName, l.lastName].filter(Boolean).join(' ') ||
  l.accountName ||
  l.emailAddress ||
  l.phoneNumber ||
  '';

export const leadType: RecordType<LeadRow> = {
  entityType: 'Lead',
  table: leads,
  fields: {
    id: { column: leads.id, kind: 'uuid' },
    number: { column: leads.number, kind: 'number', parse: (v) => parseNumberRef('L', v) },
    firstName: { column: leads.firstName, kind: 'text' },
    lastName: { column: leads.lastName, kind: 'text' },
    accountName: { column: leads.accountName, kind: 'text' },
    emailAddress: { column: leads.emailAddress, kind: 'text' },
    phoneNumber: { column: leads.phoneNumber, kind: 'text' },
    status: { column: leads.status, kind: 'text' },
    source: { column: leads.source, kind: 'text' },
    industry: { column: leads.industry, kind: 'text' },
    addressCity: { column: leads.addressCity, kind: 'text' },
    addressCountry: { column: leads.addressCountry, kind: 'text' },
    opportunityAmount: { column: leads.opportunityAmount, kind: 'money' },
    assignedUserId: { column: leads.assignedUserId, kind: 'uuid' },
    createdById: { column: leads.createdById, kind: 'uuid' },
    createdAt: { column: leads.createdAt, kind: 'timestamp' },
    modifiedAt: { column: leads.modifiedAt, kind: 'timestamp' },
    streamUpdatedAt: { column: leads.streamUpdatedAt, kind: 'timestamp' },
    convertedAt: { column: leads.convertedAt, kind: 'timestamp' },
  },
  search: leadSearchText(leads),
  defaultSort: ['createdAt', 'DESC'],
  audited: [
    'status',
    'source',
    'firstName',
    'lastName',
    'accountName',
    'emailAddress',
    'phoneNumber',
    'opportunityAmount',
    'assignedUserId',
  ],
  label: (l) => `${leadNumber(l.number)} ${leadName(l)}`,
  toApi: (l) => {
    const { number, ...rest } = l;
    return { ...rest, number: leadNumber(number), name: leadName(l) };
  },
};
