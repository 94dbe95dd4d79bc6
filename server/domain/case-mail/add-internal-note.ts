import { z } from 'zod';
import { caseType } from '../cases/case-type';
import { type Ctx, inTransaction } from '../context';
import { Invalid } from '../errors';
import { uuid } from '../shared/fields';
import { findRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { addNote } from '../stream/add-note';
import { followRecord } from '../stream/follows';

export const internalNoteInput = z.object({
  caseId: uuid,
  body: z.string().max(20_000, 'At most 20,000 characters.'),
  slack: z.object({ channel: z.string().min(1), ts: z.string().min(1) }).nullish(),
});

/**
 * slack.md, Cases in threads: a 🔒 reply is an internal note: kept in the case stream
 * (`isInternal`, never shown in the portal), never e-mailed. Needs stream access to the case;
 * the author follows the case from then on, as with any post.
 */
export async function addInternalNote(
  ctx: Ctx,
  input: z.input<typeof internalNoteInput>,
): Promise<{ noteId: string }> {
  const data = parseInput(internalNoteInput, input);
  const body = data.body.trim();
  if (!body) throw new Invalid({ body: 'Write something to post.' });
  const row = await findRecord(ctx, caseType, data.caseId, 'stream');
  return inTransaction(ctx, async (tx) => {
    const note = await addNote(tx, {
      type: 'Post',
      parentType: 'Case',
      parentId: row.id,
      post: body,
      isInternal: true,
      data: data.slack ? { slack: data.slack } : {},
    });
    await followRecord(tx, [tx.actor.id], 'Case', row.id);
    return { noteId: note.id };
  });
}
