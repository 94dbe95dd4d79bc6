import { assignmentFor } from '../assignment/assign-new-record';
import { createCaseRow } from '../cases/create-case';
import type { Ctx } from '../context';
import { TooMany } from '../errors';
import { addEmailReceivedNote } from './email-note';
import { consumeNewCaseQuota, TOO_MANY_CASES } from './inbound-limits';
import type { InboundMailbox } from './inbound-mailboxes';
import type { ParsedEmail } from './parse-email';
import { contactForSender } from './sender-contact';
import { type RoutedEmail, routed, Unroutable } from './settle-email';

/**
 * A new case from a customer's e-mail (email.md, Routing 3): name = subject, description = text,
 * the sender's contact (found or created) and its account, assignment by the mailbox's
 * distribution or the Case rule (`assignee` when its turn was taken ahead of this transaction),
 * the e-mail and its attachments linked, an `EmailReceived` note. The mailbox's acknowledgement,
 * when it sends one, is returned for the caller to queue after this transaction commits.
 */
export async function openCaseFromEmail(
  ctx: Ctx,
  email: { id: string; messageId: string | null },
  parsed: ParsedEmail,
  mailbox: InboundMailbox | null,
  assignee?: { userId: string | null },
): Promise<RoutedEmail> {
  const sender = parsed.from;
  if (!sender) throw new Unroutable('No sender address');
  try {
    await consumeNewCaseQuota(ctx, sender);
  } catch (e) {
    if (e instanceof TooMany) throw new Unroutable(TOO_MANY_CASES);
    throw e;
  }
  const contact = await contactForSender(ctx, sender, parsed.fromName);
  const assignedUserId = assignee
    ? assignee.userId
    : await assignmentFor(ctx, 'Case', { emailAccountId: mailbox?.id ?? null });
  const row = await createCaseRow(
    ctx,
    {
      name: parsed.subject.replace(/\s+/g, ' ').trim().slice(0, 255) || '(no subject)',
      description: parsed.text.trim().slice(0, 100_000) || null,
      contactId: contact.id,
      assignedUserId,
    },
    {
      inboundEmailAccountId: mailbox?.id ?? null,
      assignmentDone: true,
      known: { contactAccountId: contact.accountId ?? null },
    },
  );
  await addEmailReceivedNote(ctx, row.id, email.id, parsed, parsed.text.trim(), {
    caseCreated: true,
  });
  const outcome = routed('Imported', { caseId: row.id });
  if (!mailbox?.autoReply) return outcome;
  // As caseThread, recipient and sender (queue-case-reply.ts) would read them after the commit:
  // this message is the case's only e-mail, the contact its recipient, the mailbox its sender.
  const lastInbound = {
    messageId: email.messageId,
    references: parsed.references,
    from: sender,
    fromName: parsed.fromName,
    text: parsed.text,
    createdAt: ctx.clock.now(),
  };
  const address = contact.emailAddress?.trim();
  const to = address
    ? { address, name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') }
    : { address: sender, name: parsed.fromName ?? '' };
  return {
    ...outcome,
    acknowledge: {
      caseId: row.id,
      sender,
      templateId: mailbox.replyTemplateId,
      known: {
        row,
        thread: { lastInbound, ourIds: [] },
        to,
        from: { address: mailbox.emailAddress.trim().toLowerCase(), emailAccountId: mailbox.id },
      },
    },
  };
}
