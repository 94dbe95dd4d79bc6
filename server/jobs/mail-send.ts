import nodemailer, { type Transporter } from 'nodemailer';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { systemActor } from '../domain/access/actor';
import { type Clock, type Ctx, systemClock } from '../domain/context';
import { onEmailDelayed, onEmailSettled } from '../domain/outbox/email-settled';
import {
  countAttempt,
  loadOutboundEmail,
  markAttemptFailed,
  markKept,
  markSent,
} from '../domain/outbox/outbox-status';
import { MAIL_SEND_JOB, type MailSendJob } from '../domain/outbox/queue-email';
import { strandedEmailIds } from '../domain/outbox/stranded-emails';
import { type JobQueue, type QueueDefaults, workEagerly } from './queue';

/**
 * email.md, Outbound: first retry within a minute (20 s, then doubled with jitter), 8 retries
 * (about 1.5 hours in all) before the e-mail is marked `Failed`.
 */
export const MAIL_SEND_QUEUE: QueueDefaults = {
  retryLimit: 8,
  retryDelay: 20,
  retryBackoff: true,
  expireInSeconds: 300,
};

export interface MailWorkerOptions {
  /** `smtp://user:pass@host:port`; unset: every e-mail is marked `Kept` (contract.md). */
  smtpUrl?: string;
  /** The From address (MAIL_FROM). */
  from?: string;
  log: Logger;
  clock?: Clock;
  workers?: number;
  pollingIntervalSeconds?: number;
  queue?: QueueDefaults;
}

/**
 * Runs `mail.send` jobs: loads the outbox row and sends it with nodemailer; `Sent` with the
 * Message-ID, or the error thrown for pg-boss to retry with backoff and `Failed` after the last
 * retry. Started in every server process (so mail without SMTP_URL is marked `Kept` and logged);
 * on start it enqueues `Queued` rows that have no job (written by a process without the queue).
 */
export async function startMailWorker(queue: JobQueue, opts: MailWorkerOptions) {
  await queue.createQueue(MAIL_SEND_JOB, { ...MAIL_SEND_QUEUE, ...opts.queue });
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : undefined;
  const ctx: Ctx = {
    db: queue.database.db,
    actor: systemActor,
    // The settle hooks enqueue Slack reactions when this process runs `slack.api`.
    jobs: queue.jobs,
    clock: opts.clock ?? systemClock,
  };
  if (!transport) {
    opts.log.info('Outbound mail off: SMTP_URL is not set; e-mails are kept in the outbox');
  }
  for (const emailId of await strandedEmailIds(ctx)) {
    await queue.jobs.send(ctx.db, MAIL_SEND_JOB, { emailId } satisfies MailSendJob);
  }
  const ids: string[] = [];
  for (let i = 0; i < (opts.workers ?? 2); i++) {
    ids.push(
      await workEagerly<MailSendJob>(
        queue.boss,
        MAIL_SEND_JOB,
        {
          batchSize: 1,
          includeMetadata: true,
          pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
        },
        async ([job]) => (job ? runMailSendJob(ctx, transport, opts, job) : undefined),
      ),
    );
  }
  return {
    stop: async () => {
      await Promise.all(ids.map((id) => queue.boss.offWork({ id })));
      transport?.close();
    },
  };
}

export async function runMailSendJob(
  ctx: Ctx,
  transport: Transporter | undefined,
  opts: MailWorkerOptions,
  job: PgBoss.JobWithMetadata<MailSendJob>,
) {
  const { emailId } = job.data;
  const log = opts.log.child({ job: job.id, emailId });
  const loaded = await loadOutboundEmail(ctx, emailId);
  if (!loaded) {
    log.warn('outbound e-mail not found; nothing to send');
    return { ok: false, error: 'not found' };
  }
  const { email, attachments } = loaded;
  // Idempotent: a repeated job for an e-mail already sent, kept or failed does nothing.
  if (email.status !== 'Queued') return { ok: true, already: email.status };
  if (!transport) {
    await markKept(ctx, emailId);
    log.info({ to: email.to.length, subject: email.subject }, 'e-mail kept (SMTP_URL unset)');
    return { ok: true, kept: true };
  }
  await countAttempt(ctx, emailId);
  let info: { messageId?: string };
  try {
    info = await transport.sendMail({
      from: email.from ? { name: email.fromName ?? '', address: email.from } : opts.from,
      to: email.to,
      cc: email.cc.length ? email.cc : undefined,
      subject: email.subject,
      text: email.text,
      html: email.html ?? undefined,
      // Ours, stored before sending: threading and bounces find the e-mail by it.
      messageId: email.messageId ?? undefined,
      inReplyTo: email.inReplyTo ?? undefined,
      references: email.references.length ? email.references : undefined,
      headers: email.headers,
      attachments: attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const final = job.retryCount >= job.retryLimit;
    await markAttemptFailed(ctx, emailId, message, final);
    if (final) log.error({ err: message }, 'e-mail failed after the last retry');
    else log.warn({ err: message, retry: job.retryCount + 1 }, 'e-mail not sent; retried');
    await settle(ctx, log, emailId, final ? onEmailSettled : onEmailDelayed);
    throw err;
  }
  await markSent(ctx, emailId, info.messageId ?? null);
  log.debug('e-mail sent');
  await settle(ctx, log, emailId, onEmailSettled);
  return { ok: true, messageId: info.messageId };
}

/**
 * Runs a settle hook (Slack reactions) after the status is committed. Its failure is logged, not
 * thrown: a retried job must never send the e-mail twice for a reaction.
 */
async function settle(
  ctx: Ctx,
  log: Logger,
  emailId: string,
  hook: (ctx: Ctx, emailId: string) => Promise<void>,
) {
  try {
    await hook(ctx, emailId);
  } catch (err) {
    log.error(
      { err: err instanceof Error ? err.message : String(err) },
      'e-mail settle hook failed',
    );
  }
}
