import {
  accounts,
  cases,
  contacts,
  invoices,
  leads,
  opportunities,
  quotes,
  salesOrders,
} from '../../../db/schema';

/** Tables of the record types that have a stream, followers and an owner (assigned/created/teams). */
export const entityTables = {
  Lead: leads,
  Account: accounts,
  Contact: contacts,
  Opportunity: opportunities,
  Quote: quotes,
  SalesOrder: salesOrders,
  Invoice: invoices,
  Case: cases,
} as const;

export type StreamEntityType = keyof typeof entityTables;
export const isStreamEntityType = (v: unknown): v is StreamEntityType =>
  typeof v === 'string' && v in entityTables;
