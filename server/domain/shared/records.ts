import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  assertCreate,
  assertOnRecord,
  hiddenFields,
  type Owned,
  readOnlyFields,
  scopeCondition,
} from '../access/check';
import type { Ctx } from '../context';
import { Forbidden, NotFound } from '../errors';
import { NEWS_FIELDS, notifyRecord } from '../notify/notify-record';
import { addNote } from '../stream/add-note';
import { autoFollowersOf, followRecord } from '../stream/follows';
import type { StreamEntityType } from './entities';
import type { CustomFilters, FieldMap, ListQuery, ListResult, SearchOn } from './list-query';
import { listTable } from './list-table';

export interface OwnedRow extends Owned {
  id: string;
  createdAt: Date;
  modifiedAt: Date;
}

type RecordTable = PgTable & {
  id: AnyPgColumn;
  assignedUserId: AnyPgColumn;
  createdById: AnyPgColumn;
  teamsIds: AnyPgColumn;
  createdAt: AnyPgColumn;
  modifiedAt: AnyPgColumn;
};

/**
 * What the shared record engine needs to know of one record type (lead, account, …). Each area
 * declares one and keeps only its own rules; access, lists, stream notes and follows live here.
 */
export interface RecordType<Row extends OwnedRow> {
  entityType: StreamEntityType;
  table: RecordTable;
  /** The sort/filter whitelist. */
  fields: FieldMap;
  customFilters?: CustomFilters;
  /** What `q` searches. */
  search: SearchOn;
  defaultSort: [string, 'ASC' | 'DESC'];
  /** Field changes recorded in Update notes (was/became). */
  audited: readonly (keyof Row & string)[];
  /** A short human name (for notes, duplicates and Slack cards). */
  label(row: Row): string;
  /** The API shape of a row (field names of contract.md). */
  toApi(row: Row): Record<string, unknown>;
  _row?: Row;
}

export async function findRecord<Row extends OwnedRow>(
  ctx: Ctx,
  type: RecordType<Row>,
  id: string,
  action: 'read' | 'edit' | 'delete' | 'stream' = 'read',
): Promise<Row> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound(type.entityType);
  const [row] = (await ctx.db.select().from(type.table).where(eq(type.table.id, id))) as Row[];
  if (!row) throw new NotFound(type.entityType);
  assertOnRecord(ctx.actor, type.entityType, action, row);
  return row;
}

export async function listRecords<Row extends OwnedRow>(
  ctx: Ctx,
  type: RecordType<Row>,
  query: ListQuery,
  extra: (SQL | undefined)[] = [],
): Promise<ListResult<Row>> {
  const scope = scopeCondition(ctx.actor, type.entityType, 'read', type.table);
  return listTable<Row>(ctx, type, query, [scope, ...extra]);
}

/** Rejects changes to fields the actor's roles make read-only. */
export function assertWritable(ctx: Ctx, entityType: string, input: Record<string, unknown>) {
  const ro = readOnlyFields(ctx.actor, entityType).filter((f) => f in input);
  if (ro.length) throw new Forbidden(`You may not change: ${ro.join(', ')}.`);
}

/**
 * Inserts a record the actor is allowed to create, writes its Create note, makes the creator,
 * the assignee and the type's auto-followers follow it, and tells Slack (following channels and
 * users) in the same transaction.
 */
export async function insertRecord<Row extends OwnedRow>(
  ctx: Ctx,
  type: RecordType<Row>,
  values: Record<string, unknown>,
  note: { data?: Record<string, unknown>; relatedType?: string; relatedId?: string } = {},
): Promise<Row> {
  assertCreate(ctx.actor, type.entityType);
  const now = ctx.clock.now();
  const [row] = (await ctx.db
    .insert(type.table)
    .values({
      ...values,
      createdById: ctx.actor.id,
      modifiedById: ctx.actor.id,
      createdAt: now,
      modifiedAt: now,
      streamUpdatedAt: now,
    } as never)
    .returning()) as unknown as Row[];
  if (!row) throw new Error('insert returned nothing');
  await addNote(ctx, {
    type: 'Create',
    parentType: type.entityType,
    parentId: row.id,
    data: { ...note.data, ...(row.assignedUserId ? { assignedUserId: row.assignedUserId } : {}) },
    relatedType: note.relatedType,
    relatedId: note.relatedId,
    parentCreated: true,
  });
  const auto = await autoFollowersOf(ctx, type.entityType);
  await followRecord(ctx, [ctx.actor.id, row.assignedUserId, ...auto], type.entityType, row.id);
  await notifyRecord(ctx, type.entityType, row.id, { event: 'created', news: true });
  return row;
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date
    ? a.getTime() === b.getTime()
    : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Applies a patch to a record already loaded (and edit-checked) by the caller. Writes an Update
 * note with was/became for audited fields and an Assign note when the assignee changes; a
 * stage/status/assignee change is news for Slack followers, any change refreshes posted cards.
 */
export async function updateRecord<Row extends OwnedRow>(
  ctx: Ctx,
  type: RecordType<Row>,
  before: Row,
  patch: Record<string, unknown>,
  /** Merged into the Update note (e.g. `{ reopened: true }` when a customer reply reopens a case). */
  noteData: Record<string, unknown> = {},
): Promise<Row> {
  const changed = Object.fromEntries(
    Object.entries(patch).filter(
      ([k, v]) => v !== undefined && !same((before as Record<string, unknown>)[k], v),
    ),
  );
  if (!Object.keys(changed).length) return before;
  // Checked on what actually changes: react-admin resends whole records, read-only fields included.
  assertWritable(ctx, type.entityType, changed);
  const now = ctx.clock.now();
  const [row] = (await ctx.db
    .update(type.table)
    .set({ ...changed, modifiedAt: now, modifiedById: ctx.actor.id } as never)
    .where(eq(type.table.id, before.id))
    .returning()) as unknown as Row[];
  if (!row) throw new NotFound(type.entityType);
  const fields: Record<string, { was: unknown; became: unknown }> = {};
  for (const f of type.audited) {
    if (f in changed && f !== 'assignedUserId') {
      fields[f] = { was: before[f] ?? null, became: row[f] ?? null };
    }
  }
  if (Object.keys(fields).length) {
    await addNote(ctx, {
      type: 'Update',
      parentType: type.entityType,
      parentId: row.id,
      data: { ...noteData, fields },
    });
  }
  if ('assignedUserId' in changed) {
    await addNote(ctx, {
      type: 'Assign',
      parentType: type.entityType,
      parentId: row.id,
      data: { was: before.assignedUserId, became: row.assignedUserId },
    });
    await followRecord(ctx, [row.assignedUserId], type.entityType, row.id);
  }
  await notifyRecord(ctx, type.entityType, row.id, {
    event: 'changed',
    news: NEWS_FIELDS.some((f) => f in changed),
  });
  return row;
}

export async function deleteRecord<Row extends OwnedRow>(
  ctx: Ctx,
  type: RecordType<Row>,
  id: string,
): Promise<Row> {
  const row = await findRecord(ctx, type, id, 'delete');
  await ctx.db.delete(type.table).where(eq(type.table.id, id));
  return row;
}

/** The API shape, without the fields the actor's roles hide. */
export function present<Row extends OwnedRow>(
  ctx: Ctx,
  type: RecordType<Row>,
  row: Row,
): Record<string, unknown> {
  const out = type.toApi(row);
  for (const f of hiddenFields(ctx.actor, type.entityType)) delete out[f];
  return out;
}
