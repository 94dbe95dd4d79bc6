import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { opportunities, opportunityContacts } from '../../../db/schema';
import { Invalid } from '../errors';
import { parseNumberRef } from '../shared/fields';
import { UUID } from '../shared/list-query';
import type { RecordType } from '../shared/records';

export type OpportunityRow = typeof opportunities.$inferSelect;

export const OPPORTUNITY_ROLES = ['Decision Maker', 'Evaluator', 'Influencer'] as const;

export const dealNumber = (n: number) => `D-${n}`;

/** `contactsIds`: deals linked to any of the contacts (through the link table). */
function linkedTo(value: unknown): SQL {
  const ids = Array.isArray(value) ? value : [value];
  if (!ids.every((v) => typeof v === 'string' && UUID.test(v))) {
    throw new Invalid({ contactsIds: 'Invalid value for contactsIds.' });
  }
  if (!ids.length) return sql`false`;
  return sql`exists (select 1 from ${opportunityContacts} where ${eq(opportunityContacts.opportunityId, opportunities.id)} and ${inArray(opportunityContacts.contactId, ids as string[])})`;
}

export const opportunityType: RecordType<OpportunityRow> = {
  entityType: 'Opportunity',
  table: opportunities,
  fields: {
    id: { column: opportunities.id, kind: 'uuid' },
    number: {
      column: opportunities.number,
      kind: 'number',
      parse: (v) => parseNumberRef('D', v),
    },
    name: { column: opportunities.name, kind: 'text' },
    amount: { column: opportunities.amount, kind: 'money' },
    currency: { column: opportunities.currency, kind: 'text' },
    stage: { column: opportunities.stage, kind: 'text' },
    lastStage: { column: opportunities.lastStage, kind: 'text' },
    probability: { column: opportunities.probability, kind: 'number' },
    closeDate: { column: opportunities.closeDate, kind: 'date' },
    leadSource: { column: opportunities.leadSource, kind: 'text' },
    accountId: { column: opportunities.accountId, kind: 'uuid' },
    contactId: { column: opportunities.contactId, kind: 'uuid' },
    assignedUserId: { column: opportunities.assignedUserId, kind: 'uuid' },
    createdById: { column: opportunities.createdById, kind: 'uuid' },
    createdAt: { column: opportunities.createdAt, kind: 'timestamp' },
    modifiedAt: { column: opportunities.modifiedAt, kind: 'timestamp' },
    streamUpdatedAt: { column: opportunities.streamUpdatedAt, kind: 'timestamp' },
  },
  customFilters: { contactsIds: linkedTo },
  search: [opportunities.name],
  defaultSort: ['createdAt', 'DESC'],
  audited: [
    'name',
    'amount',
    'currency',
    'stage',
    'probability',
    'closeDate',
    'accountId',
    'contactId',
    'assignedUserId',
  ],
  label: (o) => `${dealNumber(o.number)} ${o.name}`,
  toApi: (o) => ({ ...o, number: dealNumber(o.number) }),
};
