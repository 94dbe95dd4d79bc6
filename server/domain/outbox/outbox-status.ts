import { and, asc, eq, sql } from 'drizzle-orm';
import { emailAttachments, emails } from '../../../db/schema';
import type { Ctx } from '../context';

export type OutboundEmailRow = typeof emails.$inferSelect;

/** An outbox row with its attachments' bytes, as the mail worker sends it. */
export async function loadOutboundEmail(ctx: Ctx, emailId: string) {
  const [email] = await ctx.db.select().from(emails).where(eq(emails.id, emailId));
  if (!email) return undefined;
  const attachments = await ctx.db
    .select()
    .from(emailAttachments)
    .where(eq(emailAttachments.emailId, emailId))
    .orderBy(asc(emailAttachments.position));
  return { email, attachments };
}

/** Counts one delivery attempt (before it is made, so a crash mid-send still counts). */
export async function countAttempt(ctx: Ctx, emailId: string) {
  await ctx.db
    .update(emails)
    .set({ attempts: sql`${emails.attempts} + 1` })
    .where(eq(emails.id, emailId));
}

/** Sent: our stored Message-ID stays (a bounce or a reply names it); the transport's fills a gap. */
export async function markSent(ctx: Ctx, emailId: string, messageId: string | null) {
  await ctx.db
    .update(emails)
    .set({
      status: 'Sent',
      messageId: sql`coalesce(${emails.messageId}, ${messageId})`,
      error: null,
      sentAt: ctx.clock.now(),
    })
    .where(eq(emails.id, emailId));
}

/** A failed attempt: `final` marks it `Failed`; otherwise it stays `Queued` with the last error. */
export async function markAttemptFailed(ctx: Ctx, emailId: string, error: string, final: boolean) {
  await ctx.db
    .update(emails)
    .set(final ? { status: 'Failed', error } : { error })
    .where(and(eq(emails.id, emailId), eq(emails.status, 'Queued')));
}

/** No SMTP server configured: the e-mail is kept in the outbox (contract.md), not dropped. */
export async function markKept(ctx: Ctx, emailId: string) {
  await ctx.db
    .update(emails)
    .set({ status: 'Kept', error: 'SMTP_URL is not set: kept in the outbox.' })
    .where(eq(emails.id, emailId));
}
