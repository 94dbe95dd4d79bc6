import { and, eq } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import { systemActor } from '../access/actor';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';
import { Conflict, NotFound } from '../errors';
import { UUID } from '../shared/list-query';
import { getEmail } from './email-queries';
import { processInboundEmail } from './process-inbound-email';

/**
 * An admin replays an inbound e-mail that was quarantined (or never processed) once its cause is
 * fixed (email.md, Routing 5): it is parsed again from the stored raw message and routed as if it
 * had just arrived, by the system (not by the admin who pressed the button). Returns the e-mail.
 */
export async function replayEmail(ctx: Ctx, emailId: string) {
  assertAdmin(ctx.actor);
  if (!UUID.test(emailId)) throw new NotFound('E-mail');
  const [row] = await ctx.db
    .select({ direction: emails.direction, status: emails.status })
    .from(emails)
    .where(and(eq(emails.id, emailId)));
  if (!row) throw new NotFound('E-mail');
  if (row.direction !== 'in' || (row.status !== 'Quarantined' && row.status !== 'Received')) {
    throw new Conflict('Only a quarantined or unprocessed inbound e-mail can be replayed.', {
      status: row.status,
    });
  }
  await processInboundEmail({ ...ctx, actor: systemActor }, emailId);
  return getEmail(ctx, emailId);
}
