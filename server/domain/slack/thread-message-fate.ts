import { and, eq, sql } from 'drizzle-orm';
import { emails, notes } from '../../../db/schema';
import { caseType } from '../cases/case-type';
import type { Ctx } from '../context';
import { findRecord } from '../shared/records';

/** What became of one Slack message of a case thread. */
export interface ThreadMessageFate {
  /** It was e-mailed to the customer (an outbound e-mail names that message). */
  mailed: boolean;
  /** It is kept as a note (a Post typed in the thread). */
  noted: boolean;
}

/**
 * Whether a thread message was already e-mailed or kept as a note, so the message shortcuts
 * neither mail it twice nor pretend an e-mail can be taken back. Needs read access to the case.
 */
export async function threadMessageFate(
  ctx: Ctx,
  input: { caseId: string; channel: string; ts: string },
): Promise<ThreadMessageFate> {
  await findRecord(ctx, caseType, input.caseId, 'read');
  const [mail] = await ctx.db
    .select({ id: emails.id })
    .from(emails)
    .where(
      and(
        eq(emails.direction, 'out'),
        eq(emails.parentType, 'Case'),
        eq(emails.parentId, input.caseId),
        eq(emails.slackChannel, input.channel),
        eq(emails.slackTs, input.ts),
      ),
    )
    .limit(1);
  const from = and(
    eq(notes.parentType, 'Case'),
    eq(notes.parentId, input.caseId),
    sql`${notes.data}->'slack'->>'channel' = ${input.channel}`,
    sql`${notes.data}->'slack'->>'ts' = ${input.ts}`,
  );
  const rows = await ctx.db.select({ type: notes.type }).from(notes).where(from);
  return {
    mailed: !!mail || rows.some((r) => r.type === 'EmailSent'),
    noted: rows.some((r) => r.type === 'Post'),
  };
}
