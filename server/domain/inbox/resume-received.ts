import { and, asc, eq, lt } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { processInboundEmail } from './process-inbound-email';

/**
 * Inbound e-mails stored but never routed (the process stopped between the two steps) are routed
 * now. Each is claimed with `FOR UPDATE SKIP LOCKED`, so several processes sweeping at once never
 * route one twice. A row whose own ingest is still parsing it (before it takes the row lock) may
 * be claimed here too: whichever routes it second finds it routed already and does nothing (at
 * worst a Round-Robin turn taken ahead goes unused). Only rows older than `olderThanSeconds` are
 * taken: a fresh one is normally in the middle of its own ingest.
 * Returns how many were routed.
 */
export async function resumeReceivedEmails(
  ctx: Ctx,
  olderThanSeconds: number,
  limit = 500,
): Promise<number> {
  const before = new Date(ctx.clock.now().getTime() - olderThanSeconds * 1000);
  let done = 0;
  while (done < limit) {
    const claimed = await inTransaction(ctx, async (tx) => {
      const [row] = await tx.db
        .select({ id: emails.id })
        .from(emails)
        .where(
          and(
            eq(emails.direction, 'in'),
            eq(emails.status, 'Received'),
            lt(emails.createdAt, before),
          ),
        )
        .orderBy(asc(emails.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return false;
      await processInboundEmail(tx, row.id);
      return true;
    });
    if (!claimed) break;
    done++;
  }
  return done;
}
