import { and, eq, sql } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import type { Ctx } from '../context';
import { MAIL_SEND_JOB } from './queue-email';

/**
 * `Queued` e-mails with no `mail.send` job in any state (queued by a process that runs no mail
 * queue): the worker enqueues them when it starts. Reads pg-boss's `pgboss.job` table.
 */
export async function strandedEmailIds(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: emails.id })
    .from(emails)
    .where(
      and(
        eq(emails.status, 'Queued'),
        sql`not exists (select 1 from pgboss.job j where j.name = ${MAIL_SEND_JOB}
          and j.data->>'emailId' = ${emails.id}::text)`,
      ),
    );
  return rows.map((r) => r.id);
}
