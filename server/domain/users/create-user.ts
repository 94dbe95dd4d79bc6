import { users } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import { hashPassword } from '../auth/passwords';
import { type Ctx, inTransaction } from '../context';
import { parseInput } from '../shared/validate';
import {
  assertRolesExist,
  assertTeamsExist,
  assertUniqueIdentity,
  rethrowUniqueViolation,
} from './checks';
import { userCreateInput } from './user-input';
import { setAutoFollowTypes, setUserRoles, setUserTeams } from './user-links-save';
import { getUser } from './user-queries';

/** Admins create users; without a password the user cannot log in until one is set. */
export async function createUser(ctx: Ctx, input: unknown) {
  assertAdmin(ctx.actor);
  const data = parseInput(userCreateInput, input);
  // Hashing is deliberately slow: do it before the transaction holds any lock.
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  const id = await inTransaction(ctx, async (tx) => {
    await assertUniqueIdentity(tx, null, data);
    await assertTeamsExist(tx, 'teamsIds', data.teamsIds);
    await assertRolesExist(tx, 'rolesIds', data.rolesIds);
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(users)
      .values({
        name: data.name,
        emailAddress: data.emailAddress,
        passwordHash,
        isAdmin: data.isAdmin ?? false,
        isActive: data.isActive ?? true,
        slackUserId: data.slackUserId ?? null,
        locale: data.locale ?? 'en',
        createdAt: now,
        modifiedAt: now,
      })
      .returning({ id: users.id })
      .catch(rethrowUniqueViolation);
    const userId = row!.id;
    if (data.teamsIds) await setUserTeams(tx, userId, data.teamsIds);
    if (data.rolesIds) await setUserRoles(tx, userId, data.rolesIds);
    if (data.autoFollowEntityTypes)
      await setAutoFollowTypes(tx, userId, data.autoFollowEntityTypes);
    return userId;
  });
  return getUser(ctx, id);
}
