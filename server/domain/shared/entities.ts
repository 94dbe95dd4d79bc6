import { accounts, contacts, leads, opportunities } from '../../../db/schema';

/** Tables of the record types that have a stream, followers and an owner (assigned/created/teams). */
export const entityTables = {
  Lead: leads,
  Account: accounts,
  Contact: contacts,
  Opportunity: opportunities,
} as const;

export type StreamEntityType = keyof typeof entityTables;
export const isStreamEntityType = (v: unknown): v is StreamEntityType =>
  typeof v === 'string' && v in entityTables;
