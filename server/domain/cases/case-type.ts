import { caseSearchText, cases } from '../../../db/schema';
import { parseNumberRef } from '../shared/fields';
import type { RecordType } from '../shared/records';

export type CaseRow = typeof cases.$inferSelect;

export const CASE_STATUSES = [
  'New',
  'Assigned',
  'Pending',
  'Closed',
  'Rejected',
  'Duplicate',
] as const;
export const CLOSED_CASE_STATUSES = ['Closed', 'Rejected', 'Duplicate'] as const;
export const CASE_PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'] as const;
export const CASE_TYPES = ['Question', 'Incident', 'Problem'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const isClosedCaseStatus = (s: string) =>
  (CLOSED_CASE_STATUSES as readonly string[]).includes(s);

/** `#123`: how people and e-mail subjects name a case. */
export const caseNumber = (n: number) => `#${n}`;

export const caseType: RecordType<CaseRow> = {
  entityType: 'Case',
  table: cases,
  fields: {
    id: { column: cases.id, kind: 'uuid' },
    number: { column: cases.number, kind: 'number', parse: (v) => parseNumberRef('#', v) },
    name: { column: cases.name, kind: 'text' },
    status: { column: cases.status, kind: 'text' },
    priority: { column: cases.priority, kind: 'text' },
    type: { column: cases.type, kind: 'text' },
    accountId: { column: cases.accountId, kind: 'uuid' },
    contactId: { column: cases.contactId, kind: 'uuid' },
    leadId: { column: cases.leadId, kind: 'uuid' },
    isInternal: { column: cases.isInternal, kind: 'boolean' },
    inboundEmailAccountId: { column: cases.inboundEmailAccountId, kind: 'uuid' },
    assignedUserId: { column: cases.assignedUserId, kind: 'uuid' },
    createdById: { column: cases.createdById, kind: 'uuid' },
    createdAt: { column: cases.createdAt, kind: 'timestamp' },
    modifiedAt: { column: cases.modifiedAt, kind: 'timestamp' },
    streamUpdatedAt: { column: cases.streamUpdatedAt, kind: 'timestamp' },
  },
  search: caseSearchText(cases),
  defaultSort: ['createdAt', 'DESC'],
  audited: ['status', 'priority', 'type', 'name', 'assignedUserId', 'isInternal'],
  label: (c) => `${caseNumber(c.number)} ${c.name}`,
  toApi: (c) => {
    const { number, ...rest } = c;
    return { ...rest, number: caseNumber(number) };
  },
};
