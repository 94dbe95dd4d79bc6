import type { emailAccounts } from '../../../db/schema';
import { assignmentFor } from '../assignment/assign-new-record';
import { queueCaseReply } from '../case-mail/queue-case-reply';
import { createCaseRow } from '../cases/create-case';
import { type Ctx, inTransaction } from '../context';
import { TooMany } from '../errors';
import { addEmailReceivedNote } from './email-note';
import { consumeAcknowledgementQuota, consumeNewCaseQuota, TOO_MANY_CASES } from './inbound-limits';
import type { ParsedEmail } from './parse-email';
import { contactForSender } from './sender-contact';
import { type InboundOutcome, settleEmail, Unroutable } from './settle-email';

type Mailbox = typeof emailAccounts.$inferSelect;

/**
 * The acknowledgement of a new case (mailbox autoReply), at most 5 per sender per 2 hours. It is
 * queued in a savepoint: a broken template must not cost the customer their case, so a failure
 * is kept on the inbound e-mail's `error` for an admin to see, and the case stays.
 */
async function acknowledge(
  ctx: Ctx,
  caseId: string,
  emailId: string,
  mailbox: Mailbox,
  sender: string,
) {
  if (!(await consumeAcknowledgementQuota(ctx, sender))) return null;
  try {
    await inTransaction(ctx, (sp) =>
      queueCaseReply(sp, {
        caseId,
        kind: 'acknowledgement',
        templateId: mailbox.replyTemplateId,
        body: '',
      }),
    );
    return null;
  } catch (e) {
    const error = `Acknowledgement not sent: ${e instanceof Error ? e.message : String(e)}`;
    await settleEmail(ctx, emailId, 'Imported', { caseId, error: error.slice(0, 500) });
    return error;
  }
}

/**
 * A new case from a customer's e-mail (email.md, Routing 3): name = subject, description = text,
 * the sender's contact (found or created) and its account, assignment by the mailbox's
 * distribution or the Case rule, the e-mail and its attachments linked, an `EmailReceived` note,
 * and the mailbox's acknowledgement when it sends one.
 */
export async function openCaseFromEmail(
  ctx: Ctx,
  email: { id: string },
  parsed: ParsedEmail,
  mailbox: Mailbox | null,
): Promise<InboundOutcome> {
  const sender = parsed.from;
  if (!sender) throw new Unroutable('No sender address');
  try {
    await consumeNewCaseQuota(ctx, sender);
  } catch (e) {
    if (e instanceof TooMany) throw new Unroutable(TOO_MANY_CASES);
    throw e;
  }
  const contact = await contactForSender(ctx, sender, parsed.fromName);
  const assignedUserId = await assignmentFor(ctx, 'Case', { emailAccountId: mailbox?.id ?? null });
  const row = await createCaseRow(
    ctx,
    {
      name: parsed.subject.replace(/\s+/g, ' ').trim().slice(0, 255) || '(no subject)',
      description: parsed.text.trim().slice(0, 100_000) || null,
      contactId: contact.id,
      assignedUserId,
    },
    { inboundEmailAccountId: mailbox?.id ?? null },
  );
  await addEmailReceivedNote(ctx, row.id, email.id, parsed, parsed.text.trim());
  const outcome = await settleEmail(ctx, email.id, 'Imported', { caseId: row.id });
  const error = mailbox?.autoReply
    ? await acknowledge(ctx, row.id, email.id, mailbox, sender)
    : null;
  return { ...outcome, error };
}
