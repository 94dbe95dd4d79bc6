import { getTableColumns } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { parseNumberRef, plainDecimal } from '../shared/fields';
import type { FieldKind, FieldMap } from '../shared/list-query';
import type { RecordType } from '../shared/records';
import { type DocumentKind, type DocumentRow, documentNumber, KINDS } from './document-kinds';

const KIND_OF: Record<string, FieldKind> = {
  id: 'uuid',
  accountId: 'uuid',
  opportunityId: 'uuid',
  quoteId: 'uuid',
  salesOrderId: 'uuid',
  billingContactId: 'uuid',
  assignedUserId: 'uuid',
  createdById: 'uuid',
  name: 'text',
  status: 'text',
  currency: 'text',
  amount: 'money',
  grandTotalAmount: 'money',
  dateInvoiced: 'date',
  dateDue: 'date',
  createdAt: 'timestamp',
  modifiedAt: 'timestamp',
  streamUpdatedAt: 'timestamp',
};

function documentType(kind: DocumentKind): RecordType<DocumentRow> {
  const spec = KINDS[kind];
  const cols = getTableColumns(spec.table) as Record<string, AnyPgColumn>;
  const fields: FieldMap = {
    number: {
      column: cols.number!,
      kind: 'number',
      parse: (v) => parseNumberRef(spec.prefix, v),
    },
  };
  for (const [name, kindOf] of Object.entries(KIND_OF)) {
    if (cols[name]) fields[name] = { column: cols[name], kind: kindOf };
  }
  return {
    entityType: kind,
    table: spec.table,
    fields,
    search: [spec.table.name],
    defaultSort: ['createdAt', 'DESC'],
    audited: [
      'name',
      'status',
      'accountId',
      'opportunityId',
      'currency',
      'taxRate',
      'shippingCost',
      'grandTotalAmount',
      'assignedUserId',
    ],
    label: (d) => `${documentNumber(spec, d.number)} ${d.name}`,
    toApi: (d) => ({
      ...d,
      number: documentNumber(spec, d.number),
      taxRate: plainDecimal(d.taxRate),
    }),
  };
}

export const DOCUMENT_TYPES: Record<DocumentKind, RecordType<DocumentRow>> = {
  Quote: documentType('Quote'),
  SalesOrder: documentType('SalesOrder'),
  Invoice: documentType('Invoice'),
};
