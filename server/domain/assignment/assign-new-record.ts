import { and, eq } from 'drizzle-orm';
import { assignmentRules, emailAccounts } from '../../../db/schema';
import type { Distribution } from '../../../db/schema/mail';
import { type Ctx, inTransaction } from '../context';
import { type AssignableType, type DistributionSetting, pickAssignee } from './pick-assignee';

/**
 * The user a new lead or case goes to (domain.md, Assignment rules): the mailbox's distribution
 * when the case came from a mailbox that has one, else the type's active rule, else nobody.
 *
 * Runs in the caller's transaction (a savepoint) or its own. The rule or mailbox row is locked
 * (`FOR UPDATE`) while the choice is made and the Round-Robin turn stored, so concurrent
 * creations, in any number of processes, take turns one after the other: the same turn is never
 * handed out twice, and Least-Busy counts the records the previous creation just assigned.
 */
export async function assignmentFor(
  ctx: Ctx,
  entityType: AssignableType,
  via: { emailAccountId?: string | null } = {},
): Promise<string | null> {
  return (await takeAssignment(ctx, entityType, via, false))!.userId;
}

/**
 * The Round-Robin (or Direct) turn of a record about to be created, taken ahead of the creating
 * transaction in a short transaction of its own, so the rule or mailbox row is locked only for
 * the choice (inbound mail: email to case). A turn taken but not used (the message turned out
 * to be a reply) is skipped, never handed out twice. Undefined when the distribution is
 * Least-Busy: it counts open records, so it must choose in the creating transaction, under its
 * lock, to see the record the previous creation assigned.
 */
export async function assignmentAhead(
  ctx: Ctx,
  entityType: AssignableType,
  via: { emailAccountId?: string | null } = {},
): Promise<{ userId: string | null } | undefined> {
  return takeAssignment(ctx, entityType, via, true);
}

async function takeAssignment(
  ctx: Ctx,
  entityType: AssignableType,
  via: { emailAccountId?: string | null },
  ahead: boolean,
): Promise<{ userId: string | null } | undefined> {
  return inTransaction(ctx, async (tx) => {
    if (entityType === 'Case' && via.emailAccountId) {
      const fromMailbox = await mailboxAssignment(tx, via.emailAccountId, ahead);
      if (fromMailbox !== null) return fromMailbox;
    }
    const [rule] = await tx.db
      .select()
      .from(assignmentRules)
      .where(and(eq(assignmentRules.entityType, entityType), eq(assignmentRules.isActive, true)))
      .for('update');
    if (!rule) return { userId: null };
    if (ahead && rule.method === 'Least-Busy') return undefined;
    const userId = await pickAssignee(tx, entityType, rule);
    if (userId && rule.method === 'Round-Robin') {
      await tx.db
        .update(assignmentRules)
        .set({ lastAssignedUserId: userId })
        .where(eq(assignmentRules.id, rule.id));
    }
    return { userId };
  });
}

/** Methods whose choice depends on earlier ones: those lock the row they read. */
const stateful = (m: Distribution | null) => m === 'Round-Robin' || m === 'Least-Busy';

/**
 * The mailbox's own distribution: `{userId}` (a user or null) when it has one, null when it has
 * none (or is unknown), so the type's rule applies; undefined for Least-Busy `ahead` (see
 * assignmentAhead). Only Round-Robin and Least-Busy lock the mailbox row, which the IMAP poller
 * also writes.
 */
async function mailboxAssignment(
  ctx: Ctx,
  emailAccountId: string,
  ahead: boolean,
): Promise<{ userId: string | null } | null | undefined> {
  const pick = () =>
    ctx.db
      .select({
        method: emailAccounts.caseDistribution,
        teamId: emailAccounts.teamId,
        assignToUserId: emailAccounts.assignToUserId,
        lastAssignedUserId: emailAccounts.lastAssignedUserId,
      })
      .from(emailAccounts)
      .where(eq(emailAccounts.id, emailAccountId));
  let [box] = await pick();
  if (!box?.method) return null;
  if (ahead && box.method === 'Least-Busy') return undefined;
  if (stateful(box.method)) [box] = await pick().for('update');
  if (!box?.method) return null;
  if (ahead && box.method === 'Least-Busy') return undefined;
  const userId = await pickAssignee(ctx, 'Case', box as DistributionSetting);
  if (userId && box.method === 'Round-Robin') {
    await ctx.db
      .update(emailAccounts)
      .set({ lastAssignedUserId: userId })
      .where(eq(emailAccounts.id, emailAccountId));
  }
  return { userId };
}
