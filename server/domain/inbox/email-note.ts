import type { Ctx } from '../context';
import { addNote } from '../stream/add-note';
import type { ParsedEmail } from './parse-email';

/**
 * The case's stream entry for a customer's e-mail (an `EmailReceived` note, never internal): what
 * Slack threads and the panel show. Adding it bumps the case's ★ streamUpdatedAt.
 */
export async function addEmailReceivedNote(
  ctx: Ctx,
  caseId: string,
  emailId: string,
  parsed: ParsedEmail,
  post: string,
  opts: { caseCreated?: boolean } = {},
) {
  return addNote(ctx, {
    type: 'EmailReceived',
    parentType: 'Case',
    parentId: caseId,
    post: post.slice(0, 100_000),
    parentCreated: opts.caseCreated ?? false,
    data: {
      emailId,
      from: parsed.from,
      fromName: parsed.fromName,
      subject: parsed.subject,
      attachments: parsed.attachments.map((a) => a.filename),
    },
  });
}
