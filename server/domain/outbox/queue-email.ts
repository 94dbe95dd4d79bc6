import { emailAttachments, emails } from '../../../db/schema';
import type { AttachmentMeta } from '../../../db/schema/mail';
import { type Ctx, inTransaction } from '../context';

/** The job that sends one outbound e-mail (server/jobs/mail-send.ts). */
export const MAIL_SEND_JOB = 'mail.send';

export interface MailSendJob {
  emailId: string;
}

export interface NewAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface NewEmail {
  to: string[];
  cc?: string[];
  subject: string;
  text: string;
  html?: string | null;
  attachments?: NewAttachment[];
  /** The record the e-mail is about (its stream shows it). */
  parent?: { type: string; id: string };
}

/**
 * Puts an e-mail in the outbox (`outbound_emails`, status `Queued`) with its attachments, and
 * enqueues its `mail.send` job in the same transaction: it is sent only if the caller's change
 * commits, and survives restarts and SMTP outages (the job retries with backoff).
 *
 * In a process that runs no mail queue (scripts, tests without a queue) the row stays `Queued`
 * with no job: the mail worker enqueues such stranded rows when it starts
 * (`requeueStrandedEmails`), so nothing is dropped. Without SMTP_URL the worker marks it `Kept`.
 * Returns the e-mail's id.
 */
export async function queueEmail(ctx: Ctx, email: NewEmail): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const files = email.attachments ?? [];
    const meta: AttachmentMeta[] = files.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      size: a.content.length,
    }));
    const [row] = await tx.db
      .insert(emails)
      .values({
        to: email.to,
        cc: email.cc ?? [],
        subject: email.subject,
        text: email.text,
        html: email.html ?? null,
        attachments: meta,
        status: 'Queued',
        parentType: email.parent?.type ?? null,
        parentId: email.parent?.id ?? null,
        createdById: tx.actor.id,
        createdAt: tx.clock.now(),
      })
      .returning({ id: emails.id });
    const emailId = row!.id;
    if (files.length) {
      await tx.db.insert(emailAttachments).values(
        files.map((a, position) => ({
          emailId,
          position,
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      );
    }
    if (tx.jobs.has(MAIL_SEND_JOB)) {
      await tx.jobs.send(tx.db, MAIL_SEND_JOB, { emailId } satisfies MailSendJob);
    }
    return emailId;
  });
}
