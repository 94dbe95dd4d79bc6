import { and, eq, sql } from 'drizzle-orm';
import { emailAccounts } from '../../../db/schema';
import type { Ctx } from '../context';
import { mailIdentity } from '../outbox/mail-identity';

/**
 * Where the inbound SMTP listener accepts mail (contract.md, INBOUND_SMTP_PORT): the MAIL_FROM
 * address and every active mailbox's address, lower-case. Anything else is refused, so the
 * listener is never an open relay.
 */
export async function ourInboundAddresses(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db
    .select({ address: emailAccounts.emailAddress })
    .from(emailAccounts)
    .where(eq(emailAccounts.status, 'Active'));
  return [...new Set([mailIdentity().fromAddress, ...rows.map((r) => r.address)])].map((a) =>
    a.toLowerCase(),
  );
}

/** The active mailbox with this address (any case), whose settings route the mail; else null. */
export async function mailboxByAddress(
  ctx: Ctx,
  address: string,
): Promise<{ id: string; emailAddress: string } | null> {
  const [row] = await ctx.db
    .select({ id: emailAccounts.id, emailAddress: emailAccounts.emailAddress })
    .from(emailAccounts)
    .where(
      and(
        sql`lower(${emailAccounts.emailAddress}) = ${address.trim().toLowerCase()}`,
        eq(emailAccounts.status, 'Active'),
      ),
    );
  return row ?? null;
}
