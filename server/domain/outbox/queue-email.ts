import { randomUUID } from 'node:crypto';
import { emailAttachments, emails } from '../../../db/schema';
import type { AttachmentMeta } from '../../../db/schema/mail';
import { type Ctx, inTransaction } from '../context';
import { mailIdentity } from './mail-identity';

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
  /** The From address; MAIL_FROM when absent. */
  from?: string | null;
  /** The From display name (with `from`). */
  fromName?: string | null;
  /** Our Message-ID, with angle brackets; a random one of our domain when absent. */
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string[];
  /** Extra headers (Auto-Submitted on acknowledgements, …). */
  headers?: Record<string, string>;
  /** The mailbox it is sent as. */
  emailAccountId?: string | null;
  /** Typed in a Slack thread: that message gets ✉️ or ⚠️ when the e-mail is settled. */
  slack?: { channel: string; ts: string } | null;
}

/** A Message-ID of ours that names no case (documents, notifications). */
const plainMessageId = () => `<${randomUUID()}@${mailIdentity().messageIdDomain}>`;

/**
 * Puts an e-mail in the outbox (`emails`, direction `out`, status `Queued`) with its attachments, and
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
        direction: 'out',
        // Stored before sending, so a bounce that quotes it finds the e-mail.
        messageId: email.messageId ?? plainMessageId(),
        inReplyTo: email.inReplyTo ?? null,
        references: email.references ?? [],
        from: email.from ?? null,
        fromName: email.fromName ?? null,
        headers: email.headers ?? {},
        emailAccountId: email.emailAccountId ?? null,
        slackChannel: email.slack?.channel ?? null,
        slackTs: email.slack?.ts ?? null,
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
