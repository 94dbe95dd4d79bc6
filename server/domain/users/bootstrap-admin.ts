import { randomBytes } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { hashPassword } from '../auth/passwords';
import type { Services } from '../context';

/**
 * On first start (no users at all) creates the admin. Returns the generated password when none
 * was configured, so the caller can print it once; it is stored only as a hash.
 */
export async function bootstrapAdmin(
  services: Services,
  opts: { email?: string; password?: string },
): Promise<{ created: false } | { created: true; email: string; generatedPassword?: string }> {
  const [row] = await services.db.select({ n: count() }).from(users);
  if (Number(row?.n ?? 0) > 0) return { created: false };
  const email = (opts.email ?? 'admin@example.com').toLowerCase();
  const generated = opts.password ? undefined : randomBytes(12).toString('base64url');
  const password = opts.password ?? (generated as string);
  const now = services.clock.now();
  await services.db
    .insert(users)
    .values({
      name: 'Administrator',
      emailAddress: email,
      passwordHash: await hashPassword(password),
      isAdmin: true,
      createdAt: now,
      modifiedAt: now,
    })
    .onConflictDoNothing();
  const [made] = await services.db.select().from(users).where(eq(users.emailAddress, email));
  return made ? { created: true, email, generatedPassword: generated } : { created: false };
}
