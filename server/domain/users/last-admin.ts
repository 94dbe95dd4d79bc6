import { and, eq, ne } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Ctx } from '../context';
import { Conflict } from '../errors';

/**
 * Refuses to remove the last active admin (nobody could manage users afterwards). Call inside the
 * transaction that changes the user: the other admins' rows are locked, so two admins demoting
 * each other at the same moment cannot both succeed.
 */
export async function assertAnotherActiveAdmin(tx: Ctx, userId: string, action: string) {
  const others = await tx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isAdmin, true), eq(users.isActive, true), ne(users.id, userId)))
    .for('update');
  if (!others.length) {
    throw new Conflict(`The last active administrator cannot be ${action}.`);
  }
}
