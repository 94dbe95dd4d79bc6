import { hash, verify } from '@node-rs/argon2';

/** Argon2id (memory-hard) with OWASP's recommended minimum: 19 MiB, 2 passes. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string | null, password: string) {
  // Without a stored hash, still spend the time: response time must not reveal which users exist.
  if (!passwordHash) {
    await hash(password, OPTIONS);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export const PASSWORD_RULE = 'At least 8 characters.';
export const isAcceptablePassword = (p: string) => p.length >= 8 && p.length <= 256;
