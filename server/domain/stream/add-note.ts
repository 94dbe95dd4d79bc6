import { eq } from 'drizzle-orm';
import { notes } from '../../../db/schema';
import type { Ctx } from '../context';
import { threadNote } from '../notify/case-thread';
import { entityTables, type StreamEntityType } from '../shared/entities';

export type NoteType =
  | 'Post'
  | 'Create'
  | 'Update'
  | 'Assign'
  | 'Relate'
  | 'EmailReceived'
  | 'EmailSent';

export interface NewNote {
  type: NoteType;
  parentType: StreamEntityType;
  parentId: string;
  post?: string | null;
  data?: Record<string, unknown>;
  relatedType?: string | null;
  relatedId?: string | null;
  isInternal?: boolean;
  /**
   * The parent was created in this transaction: its `streamUpdatedAt` is already now, and a case
   * has no Slack thread yet (its card job, queued in this transaction, posts the earlier notes
   * under the card when it runs). Nothing to bump, no thread to tell.
   */
  parentCreated?: boolean;
}

/**
 * Writes a note and bumps the parent's ★ streamUpdatedAt ("last activity"); a case's note is
 * queued for the case's Slack threads in the same transaction.
 */
export async function addNote(ctx: Ctx, note: NewNote) {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(notes)
    .values({
      type: note.type,
      parentType: note.parentType,
      parentId: note.parentId,
      post: note.post ?? null,
      data: note.data ?? {},
      relatedType: note.relatedType ?? null,
      relatedId: note.relatedId ?? null,
      isInternal: note.isInternal ?? false,
      createdById: ctx.actor.id,
      createdAt: now,
      modifiedAt: now,
    })
    .returning();
  const table = entityTables[note.parentType];
  if (!note.parentCreated) {
    await ctx.db.update(table).set({ streamUpdatedAt: now }).where(eq(table.id, note.parentId));
    // A case's stream is also its Slack thread (slack.md, Cases in threads).
    await threadNote(ctx, row!);
  }
  return row!;
}
