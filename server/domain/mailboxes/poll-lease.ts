import { and, eq, isNotNull, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import { emailAccounts } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';

/**
 * One poller per mailbox across processes (email.md): a process polls a mailbox only while it
 * holds its lease. Each step is one conditional UPDATE … RETURNING, so two processes asking at
 * once cannot both win, on PostgreSQL and PGlite alike, without locks held between calls.
 */
const until = (ctx: Ctx, seconds: number) => new Date(ctx.clock.now().getTime() + seconds * 1000);

/** One conditional update of the mailbox's lease: whether the mailbox matched (the step won). */
async function updateLease(
  ctx: Ctx,
  set: Partial<typeof emailAccounts.$inferInsert>,
  where: SQL | undefined,
): Promise<boolean> {
  assertAdmin(ctx.actor);
  const rows = await ctx.db
    .update(emailAccounts)
    .set(set)
    .where(where)
    .returning({ id: emailAccounts.id });
  return rows.length > 0;
}

/** Takes the lease when nobody holds it, it expired, or it is already ours; only for a mailbox to poll. */
export async function claimPollLease(
  ctx: Ctx,
  id: string,
  owner: string,
  seconds: number,
): Promise<boolean> {
  return updateLease(
    ctx,
    { pollLeaseOwner: owner, pollLeaseUntil: until(ctx, seconds) },
    and(
      eq(emailAccounts.id, id),
      eq(emailAccounts.status, 'Active'),
      isNotNull(emailAccounts.host),
      ne(emailAccounts.host, ''),
      or(
        isNull(emailAccounts.pollLeaseOwner),
        isNull(emailAccounts.pollLeaseUntil),
        lt(emailAccounts.pollLeaseUntil, ctx.clock.now()),
        eq(emailAccounts.pollLeaseOwner, owner),
      ),
    ),
  );
}

/**
 * Extends our lease. False when it is no longer ours (another process took it over after it
 * expired), or the mailbox was deleted or deactivated: the poller must stop then.
 */
export async function renewPollLease(
  ctx: Ctx,
  id: string,
  owner: string,
  seconds: number,
): Promise<boolean> {
  return updateLease(
    ctx,
    { pollLeaseUntil: until(ctx, seconds) },
    and(
      eq(emailAccounts.id, id),
      eq(emailAccounts.pollLeaseOwner, owner),
      eq(emailAccounts.status, 'Active'),
    ),
  );
}

/** Frees the lease at once (a clean stop), so another process need not wait for it to expire. */
export async function releasePollLease(ctx: Ctx, id: string, owner: string): Promise<void> {
  await updateLease(
    ctx,
    { pollLeaseOwner: null, pollLeaseUntil: null },
    and(eq(emailAccounts.id, id), eq(emailAccounts.pollLeaseOwner, owner)),
  );
}
