import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { type Actor, loadActor } from '../access/actor';
import type { Services } from '../context';

/** The active user linked to this Slack member, if any. */
export async function findUserBySlackId(services: Services, slackUserId: string) {
  const [row] = await services.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.slackUserId, slackUserId), eq(users.isActive, true)));
  return row ? loadActor(services.db, row.id) : null;
}

/** The user with this e-mail address (any case), active or not; no password hash. */
export async function findUserByEmail(services: Services, email: string) {
  const [row] = await services.db
    .select({
      id: users.id,
      name: users.name,
      emailAddress: users.emailAddress,
      isActive: users.isActive,
      slackUserId: users.slackUserId,
    })
    .from(users)
    .where(eq(sql`lower(${users.emailAddress})`, email.trim().toLowerCase()));
  return row ?? null;
}

/**
 * Resolves a Slack member to a CRM actor: by the stored Slack id, else by the e-mail address of
 * their Slack profile, which links the account on first use. A user already linked to another
 * Slack member is never re-linked silently. Null when nobody (active) matches.
 */
export async function resolveSlackActor(
  services: Services,
  slack: { slackUserId: string; email?: string | null },
): Promise<Actor | null> {
  const linked = await findUserBySlackId(services, slack.slackUserId);
  if (linked || !slack.email) return linked;
  const user = await findUserByEmail(services, slack.email);
  if (!user?.isActive || user.slackUserId) return null;
  const updated = await services.db
    .update(users)
    .set({ slackUserId: slack.slackUserId, modifiedAt: services.clock.now() })
    .where(and(eq(users.id, user.id), isNull(users.slackUserId)))
    .returning({ id: users.id })
    .catch(() => []); // the Slack id is linked to someone else meanwhile (unique index)
  return updated.length ? loadActor(services.db, user.id) : null;
}
