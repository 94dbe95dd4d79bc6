import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
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

/**
 * Every request runs this: one round trip (the token, its user, teams and roles: loadActor's
 * columns), as a named prepared statement so PostgreSQL parses and plans it once per connection.
 */
const byToken = new WeakMap<Services['db'], ReturnType<typeof prepareByToken>>();
const prepareByToken = (db: Services['db']) =>
  db
    .select(actorColumns)
    .from(tokens)
    .innerJoin(users, eq(users.id, tokens.userId))
    .where(
      and(
        eq(tokens.tokenHash, sql.placeholder('hash')),
        gt(tokens.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare('authenticate');

/** The actor behind a bearer token, or null when it is unknown, expired or its user inactive. */
export async function authenticate(services: Services, token: string): Promise<Actor | null> {
  if (!token || token.length > 200) return null;
  let query = byToken.get(services.db);
  if (!query) {
    query = prepareByToken(services.db);
    byToken.set(services.db, query);
  }
  const [row] = await query.execute({
    hash: sha256(token),
    now: services.clock.now().toISOString(),
  });
  return actorFromRow(row as ActorRow | undefined);
}

export async function revokeToken(services: Services, token: string): Promise<void> {
  await services.db.delete(tokens).where(eq(tokens.tokenHash, sha256(token)));
}
