import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The process's SECRET_KEY (contract.md) and the keys derived from it. It is configuration, set
 * once at start (server/main.ts, the test setup) before any front door runs: every process on one
 * database must be given the same SECRET_KEY so that they read each other's encrypted mailbox
 * passwords and signed Message-IDs.
 */
let secret: Buffer | undefined;

export function configureSecretKey(key: string) {
  if (!key || key.length < 16) throw new Error('SECRET_KEY must be at least 16 characters.');
  secret = Buffer.from(key, 'utf8');
}

/** A 32-byte key for one purpose (HKDF), so one secret never serves two uses. */
export function keyFor(purpose: 'mail-token' | 'mailbox-password'): Buffer {
  if (!secret) throw new Error('SECRET_KEY is not configured.');
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), purpose, 32));
}

/** Short keyed signature (base32-ish hex) of `value`, for tokens carried in Message-IDs. */
export function sign(purpose: 'mail-token', value: string, length = 16): string {
  return createHmac('sha256', keyFor(purpose)).update(value).digest('hex').slice(0, length);
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor('mailbox-password'), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function decryptSecret(stored: string): string {
  const [v, iv, tag, data] = stored.split('.');
  if (v !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unreadable stored secret.');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyFor('mailbox-password'),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}
