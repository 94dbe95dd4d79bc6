import { and, asc, eq, sql } from 'drizzle-orm';
import { outboundEmailAttachments, outboundEmails } from '../../../db/schema';
import type { Ctx } from '../context';

export type OutboundEmailRow = typeof outboundEmails.$inferSelect;

/** An outbox row with its attachments' bytes, as the mail worker sends it. */
export async function loadOutboundEmail(ctx: Ctx, emailId: string) {
  const [email] = await ctx.db.select().from(outboundEmails).where(eq(outboundEmails.id, emailId));
  if (!email) return undefined;
  const attachments = await ctx.db
    .select()
    .from(outboundEmailAttachments)
    .where(eq(outboundEmailAttachments.emailId, emailId))
    .orderBy(asc(outboundEmailAttachments.position));
  return { email, attachments };
}

/** Counts one delivery attempt (before it is made, so a crash mid-send still counts). */
export async function countAttempt(ctx: Ctx, emailId: string) {
  await ctx.db
    .update(outboundEmails)
    .set({ attempts: sql`${outboundEmails.attempts} + 1` })
    .where(eq(outboundEmails.id, emailId));
}

export async function markSent(ctx: Ctx, emailId: string, messageId: string | null) {
  await ctx.db
    .update(outboundEmails)
    .set({ status: 'Sent', messageId, error: null, sentAt: ctx.clock.now() })
    .where(eq(outboundEmails.id, emailId));
}

/** A failed attempt: `final` marks it `Failed`; otherwise it stays `Queued` with the last error. */
export async function markAttemptFailed(ctx: Ctx, emailId: string, error: string, final: boolean) {
  await ctx.db
    .update(outboundEmails)
    .set(final ? { status: 'Failed', error } : { error })
    .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, 'Queued')));
}

/** No SMTP server configured: the e-mail is kept in the outbox (contract.md), not dropped. */
export async function markKept(ctx: Ctx, emailId: string) {
  await ctx.db
    .update(outboundEmails)
    .set({ status: 'Kept', error: 'SMTP_URL is not set: kept in the outbox.' })
    .where(eq(outboundEmails.id, emailId));
}
