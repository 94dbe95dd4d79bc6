import { eq } from 'drizzle-orm';
import { tokens, users } from '../../../db/schema';
import type { Actor } from '../access/actor';
import { hashPassword } from '../auth/passwords';
import { type Ctx, inTransaction } from '../context';
import { Forbidden } from '../errors';
import { parseInput } from '../shared/validate';
import {
  assertRolesExist,
  assertTeamsExist,
  assertUniqueIdentity,
  rethrowUniqueViolation,
} from './checks';
import { assertAnotherActiveAdmin } from './last-admin';
import { SELF_EDITABLE, type UserPatch, userUpdateInput } from './user-input';
import { setAutoFollowTypes, setUserRoles, setUserTeams } from './user-links-save';
import { findUserRow, getUser } from './user-queries';
import { type UserLinks, type UserRow, userLinks } from './user-view';

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Keys of the patch whose value differs from the stored one (react-admin resends everything). */
function changedKeys(before: UserRow & UserLinks, patch: UserPatch): (keyof UserPatch)[] {
  return (Object.keys(patch) as (keyof UserPatch)[]).filter((k) => {
    const v = patch[k];
    if (v === undefined) return false;
    if (k === 'password') return true;
    const was = before[k];
    if (Array.isArray(v)) return !sameSet(v, Array.isArray(was) ? was : []);
    if (k === 'emailAddress') return String(v).toLowerCase() !== String(was).toLowerCase();
    return v !== was;
  });
}

/** Admins change anyone; everyone else only their own name, password, language and auto-follow. */
function assertMayChange(actor: Actor, userId: string, changed: (keyof UserPatch)[]) {
  if (actor.isAdmin) return;
  if (actor.id !== userId) throw new Forbidden('Only administrators may change other users.');
  const refused = changed.filter((k) => !SELF_EDITABLE.includes(k));
  if (refused.length) {
    throw new Forbidden(
      `You may change only your name, password, language and auto-follow preferences (not: ${refused.join(', ')}).`,
    );
  }
}

export async function updateUser(ctx: Ctx, id: string, input: unknown) {
  const patch = parseInput(userUpdateInput, input);
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await inTransaction(ctx, async (tx) => {
    const row = await findUserRow(tx, id);
    const before = { ...row, ...(await userLinks(tx, [id])).get(id)! };
    const changed = changedKeys(before, patch);
    assertMayChange(tx.actor, id, changed);
    if (!changed.length) return;
    const has = (k: keyof UserPatch) => changed.includes(k);

    if (has('emailAddress') || has('slackUserId')) await assertUniqueIdentity(tx, id, patch);
    if (has('teamsIds')) await assertTeamsExist(tx, 'teamsIds', patch.teamsIds);
    if (has('rolesIds')) await assertRolesExist(tx, 'rolesIds', patch.rolesIds);
    if (row.isAdmin && row.isActive) {
      if (patch.isActive === false) await assertAnotherActiveAdmin(tx, id, 'deactivated');
      if (patch.isAdmin === false) await assertAnotherActiveAdmin(tx, id, 'made a regular user');
    }

    await tx.db
      .update(users)
      .set({
        name: patch.name,
        emailAddress: patch.emailAddress,
        passwordHash,
        isAdmin: patch.isAdmin,
        isActive: patch.isActive,
        slackUserId: has('slackUserId') ? patch.slackUserId : undefined,
        locale: patch.locale,
        modifiedAt: tx.clock.now(),
      })
      .where(eq(users.id, id))
      .catch(rethrowUniqueViolation);
    if (has('teamsIds')) await setUserTeams(tx, id, patch.teamsIds ?? []);
    if (has('rolesIds')) await setUserRoles(tx, id, patch.rolesIds ?? []);
    if (has('autoFollowEntityTypes')) {
      await setAutoFollowTypes(tx, id, patch.autoFollowEntityTypes ?? []);
    }
    // A deactivated user is logged out everywhere; so is one whose password an admin reset.
    const resetByOther = passwordHash && tx.actor.id !== id;
    if (patch.isActive === false || resetByOther) {
      await tx.db.delete(tokens).where(eq(tokens.userId, id));
    }
  });
  return getUser(ctx, id);
}
