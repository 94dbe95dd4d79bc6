import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { canCreate, levelFor } from '../access/check';
import { ENTITY_TYPES } from '../access/levels';
import type { Ctx } from '../context';
import { Unauthorized } from '../errors';

/** The logged-in user with the effective permissions every front door will apply. */
export async function whoAmI(ctx: Ctx) {
  if (!ctx.actor.id) throw new Unauthorized();
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id));
  if (!user) throw new Unauthorized();
  const { passwordHash: _, ...publicUser } = user;
  const entities = Object.fromEntries(
    ENTITY_TYPES.map((e) => [
      e,
      {
        create: canCreate(ctx.actor, e) ? 'yes' : 'no',
        read: levelFor(ctx.actor, e, 'read'),
        edit: levelFor(ctx.actor, e, 'edit'),
        delete: levelFor(ctx.actor, e, 'delete'),
        stream: levelFor(ctx.actor, e, 'stream'),
      },
    ]),
  );
  return {
    user: { ...publicUser, teamsIds: ctx.actor.teamIds },
    permissions: {
      isAdmin: ctx.actor.isAdmin,
      entities,
      fields: ctx.actor.isAdmin ? {} : ctx.actor.fieldPermissions,
    },
  };
}
