import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import { type Ctx, inTransaction } from '../context';
import { Conflict } from '../errors';
import { pgErrorCode } from './checks';
import { assertAnotherActiveAdmin } from './last-admin';
import { getUser } from './user-queries';

/** Admins delete users (their tokens, memberships and follows go with them). */
export async function deleteUser(ctx: Ctx, id: string) {
  assertAdmin(ctx.actor);
  const user = await getUser(ctx, id);
  await inTransaction(ctx, async (tx) => {
    if (user.isAdmin && user.isActive) await assertAnotherActiveAdmin(tx, id, 'deleted');
    await tx.db
      .delete(users)
      .where(eq(users.id, id))
      .catch((e: unknown) => {
        if (pgErrorCode(e) === '23503') {
          throw new Conflict('This user is still referenced by other records; deactivate it.');
        }
        throw e;
      });
  });
  return user;
}
