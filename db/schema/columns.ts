import { sql } from 'drizzle-orm';
import { type AnyPgColumn, numeric, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Timestamps with time zone, as JS Dates. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Money: exact numeric, read and written as decimal strings. */
export const money = (name: string) => numeric(name, { precision: 18, scale: 2 });

/** Columns every CRM record carries (contract.md: id, createdAt, modifiedAt; domain.md ★ streamUpdatedAt). */
export const recordColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  assignedUserId: uuid('assigned_user_id'),
  teamsIds: uuid('teams_ids').array().notNull().default(sql`'{}'::uuid[]`),
  createdById: uuid('created_by_id'),
  modifiedById: uuid('modified_by_id'),
  description: text('description'),
  createdAt: ts('created_at').notNull().defaultNow(),
  modifiedAt: ts('modified_at').notNull().defaultNow(),
  streamUpdatedAt: ts('stream_updated_at').notNull().defaultNow(),
});

const addressParts = ['Street', 'City', 'State', 'PostalCode', 'Country'] as const;
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** An address as EspoCRM stores it: `<prefix>Street`, `<prefix>City`, … */
export function addressColumns<P extends string>(prefix: P) {
  return Object.fromEntries(
    addressParts.map((part) => [`${prefix}${part}`, text(snake(`${prefix}${part}`))]),
  ) as { [K in `${P}${(typeof addressParts)[number]}`]: ReturnType<typeof text> };
}

/**
 * The text `q` searches, as one expression: a trigram (pg_trgm) GIN index on exactly this
 * expression lets `ilike '%word%'` use the index instead of reading the whole table.
 */
export const searchText = (...cols: AnyPgColumn[]) =>
  sql`(${sql.join(
    cols.map((c) => sql`coalesce(${c}, '')`),
    sql` || ' ' || `,
  )})`;
