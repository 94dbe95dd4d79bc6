import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { leads, notes } from '../../../db/schema';

import { assertOnRecord } from '../access/check';
import { type Ctx, inTransaction } from '../context';
import { Forbidden, Invalid, NotFound } from '../errors';
import { entityTables, isStreamEntityType, type StreamEntityType } from '../shared/entities';
import { uuid } from '../shared/fields';
import type { FieldMap, ListQuery } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { parseInput } from '../shared/validate';
import { addNote } from './add-note';
import { followRecord } from './follows';

type NoteRow = typeof notes.$inferSelect;

/** The stream is read through its parent: seeing notes needs stream access to that record. */
async function assertParentAccess(ctx: Ctx, parentType: StreamEntityType, parentId: string) {
  const table = entityTables[parentType];
  const [parent] = await ctx.db
    .select({
      assignedUserId: table.assignedUserId,
      createdById: table.createdById,
      teamsIds: table.teamsIds,
    })
    .from(table)
    .where(eq(table.id, parentId));
  if (!parent) throw new NotFound(parentType);
  assertOnRecord(ctx.actor, parentType, 'stream', parent);
}

/** Which lead column points at a record converted from it. */
const convertedInto = {
  Account: leads.createdAccountId,
  Contact: leads.createdContactId,
  Opportunity: leads.createdOpportunityId,
} as const;

/**
 * A record's notes; ★ for a record made by converting a lead, the lead's notes too, so its
 * history stays readable where the work goes on.
 */
function streamOf(ctx: Ctx, parentType: StreamEntityType, parentId: string): SQL | undefined {
  const own = and(eq(notes.parentType, parentType), eq(notes.parentId, parentId));
  if (!(parentType in convertedInto)) return own;
  const column = convertedInto[parentType as keyof typeof convertedInto];
  const fromLead = and(
    eq(notes.parentType, 'Lead'),
    inArray(
      notes.parentId,
      ctx.db.select({ id: leads.id }).from(leads).where(eq(column, parentId)),
    ),
  );
  return or(own, fromLead);
}

const fields: FieldMap = {
  id: { column: notes.id, kind: 'uuid' },
  type: { column: notes.type, kind: 'text' },
  parentType: { column: notes.parentType, kind: 'text' },
  parentId: { column: notes.parentId, kind: 'uuid' },
  createdById: { column: notes.createdById, kind: 'uuid' },
  isInternal: { column: notes.isInternal, kind: 'boolean' },
  createdAt: { column: notes.createdAt, kind: 'timestamp' },
};

/** A record's stream; `filter` must name parentType and parentId unless the actor is an admin. */
export async function listNotes(ctx: Ctx, query: ListQuery) {
  const f = query.filter ?? {};
  if (!ctx.actor.isAdmin) {
    if (!isStreamEntityType(f.parentType) || typeof f.parentId !== 'string') {
      throw new Invalid({ parentId: 'Filter the stream by parentType and parentId.' });
    }
    const parentId = parseInput(uuid, f.parentId);
    await assertParentAccess(ctx, f.parentType, parentId);
  }
  const { parentType, parentId, ...rest } = f;
  const parent =
    isStreamEntityType(parentType) && typeof parentId === 'string'
      ? streamOf(ctx, parentType, parseInput(uuid, parentId))
      : undefined;
  const filter = { ...rest, ...(parent ? {} : { parentType, parentId }) };
  return listTable<Record<string, unknown>>(
    ctx,
    { table: notes, fields, search: [notes.post], defaultSort: ['createdAt', 'DESC'] },
    { ...query, filter },
    [parent],
  );
}

export async function getNote(ctx: Ctx, id: string) {
  parseInput(uuid, id);
  const [row] = await ctx.db.select().from(notes).where(eq(notes.id, id));
  if (!row) throw new NotFound('Note');
  if (!isStreamEntityType(row.parentType)) throw new NotFound('Note');
  await assertParentAccess(ctx, row.parentType, row.parentId);
  return row;
}

const postInput = z.object({
  type: z.literal('Post').default('Post'),
  post: z.string().trim().min(1, 'Write something to post.').max(20_000),
  parentType: z.string().refine(isStreamEntityType, 'Not a record type with a stream.'),
  parentId: uuid,
  isInternal: z.boolean().default(false),
});

/** A user's post in a record's stream; the author follows the record from then on. */
export async function postNote(ctx: Ctx, input: unknown): Promise<NoteRow> {
  const data = parseInput(postInput, input);
  const parentType = data.parentType as StreamEntityType;
  return inTransaction(ctx, async (tx) => {
    await assertParentAccess(tx, parentType, data.parentId);
    const note = await addNote(tx, { ...data, parentType });
    await followRecord(tx, [tx.actor.id], parentType, data.parentId);
    return note;
  });
}

/** Only the author (or an admin) may change or remove a post; system notes are history. */
async function ownPost(ctx: Ctx, id: string) {
  const row = await getNote(ctx, id);
  if (row.type !== 'Post') throw new Forbidden('Only posts can be changed; history stays.');
  if (!ctx.actor.isAdmin && row.createdById !== ctx.actor.id) {
    throw new Forbidden('Only the author can change a post.');
  }
  return row;
}

export async function editNote(ctx: Ctx, id: string, input: unknown) {
  await ownPost(ctx, id);
  const { post } = parseInput(z.object({ post: postInput.shape.post }), input);
  const [row] = await ctx.db
    .update(notes)
    .set({ post, modifiedAt: ctx.clock.now() })
    .where(eq(notes.id, id))
    .returning();
  return row!;
}

export async function deleteNote(ctx: Ctx, id: string) {
  const row = await ownPost(ctx, id);
  await ctx.db.delete(notes).where(eq(notes.id, id));
  return row;
}
