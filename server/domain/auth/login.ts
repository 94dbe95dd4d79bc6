import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../../db/schema';
import type { Services } from '../context';
import { TooMany, Unauthorized } from '../errors';
import { createLimiter } from '../shared/rate-limit';
import { parseInput } from '../shared/validate';
import { verifyPassword } from './passwords';
import { issueToken } from './tokens';

const loginInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'Enter your e-mail address.').max(255),
  password: z.string().min(1, 'Enter your password.').max(256),
});

/** Failed attempts allowed per account and per client address before a pause. */
export const LOGIN_LIMITS = { perAccount: 5, perClient: 20, windowSeconds: 15 * 60 };

export async function login(
  services: Services,
  input: unknown,
  opts: { clientAddress: string; ttlHours: number },
) {
  const { email, password } = parseInput(loginInput, input);
  const byAccount = createLimiter(
    services.db,
    'login-account',
    LOGIN_LIMITS.perAccount,
    LOGIN_LIMITS.windowSeconds,
  );
  const byClient = createLimiter(
    services.db,
    'login-client',
    LOGIN_LIMITS.perClient,
    LOGIN_LIMITS.windowSeconds,
  );
  const wait = Math.max(
    await byAccount.isBlocked(email),
    await byClient.isBlocked(opts.clientAddress),
  );
  if (wait > 0) throw new TooMany('Too many failed attempts; try again later.', wait);

  const [user] = await services.db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.emailAddress})`, email));
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || !user.isActive) {
    await byAccount.consume(email, 'Too many failed attempts; try again later.').catch(() => {});
    await byClient
      .consume(opts.clientAddress, 'Too many failed attempts; try again later.')
      .catch(() => {});
    throw new Unauthorized('Wrong e-mail address or password.');
  }
  await byAccount.reset(email);
  const token = await issueToken(services, user.id, opts.ttlHours);
  const { passwordHash: _, ...publicUser } = user;
  return { token, user: publicUser };
}
