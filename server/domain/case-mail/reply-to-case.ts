import { z } from 'zod';
import type { Ctx } from '../context';
import { parseInput } from '../shared/validate';
import { addInternalNote } from './add-internal-note';
import { queueCaseReply } from './queue-case-reply';

const replyInput = z.object({
  body: z.string({ error: 'Write something to send.' }),
  /** An internal note: kept in the stream, never e-mailed. */
  internal: z.boolean().default(false),
});

/**
 * The admin panel's (and API's) reply box on a case: `{body, internal?}` → an e-mail to the
 * customer with its `EmailSent` note, or an internal note (`emailId` null).
 */
export async function replyToCase(
  ctx: Ctx,
  caseId: string,
  input: unknown,
): Promise<{ noteId: string; emailId: string | null }> {
  const data = parseInput(replyInput, input);
  if (data.internal) {
    const { noteId } = await addInternalNote(ctx, { caseId, body: data.body });
    return { noteId, emailId: null };
  }
  return queueCaseReply(ctx, { caseId, body: data.body });
}
