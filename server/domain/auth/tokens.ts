import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import { tokens, users } from '../../../db/schema';
import { type Actor, type ActorRow, actorColumns, actorFromRow } from '../access/actor';
import type { Services } from '../context';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function issueToken(services: Services, userId: string, ttlHours: number) {
  const token = randomBytes(32).toString('base64url');
  const now = services.clock.now();
  await services.db.insert(tokens).values({
    tokenHash: sha256(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlHours * 3_600_000),
  });
  // Expired tokens are of no use to anyone: sweep them now and then.
  await services.db.delete(tokens).where(lt(tokens.expiresAt, now));
  return token;
}

/** The actor behind a bearer token, or null when it is unknown, expired or its user inactive. */
export async function authenticate(services: Services, token: string): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  // One round trip per request: the token, its user, teams and roles (loadActor's columns).
  const [row] = await services.db
    .select(actorColumns)
    .from(tokens)
    .innerJoin(users, eq(users.id, tokens.userId))
    .where(and(eq(tokens.tokenHash, sha256(token)), gt(tokens.expiresAt, services.clock.now())));
  return actorFromRow(row as ActorRow | undefined);
}

export async function revokeToken(services: Services, token: string): Promise<void> {
  await services.db.delete(tokens).where(eq(tokens.tokenHash, sha256(token)));
}
