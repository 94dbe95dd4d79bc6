import { eq } from 'drizzle-orm';
import { emailAccounts } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import { decryptSecret } from '../keys';
import { parseInput } from '../shared/validate';
import { connectionTestInput, defaultImapPort } from './mailbox-input';
import { type ImapSettings, mailboxCredentials } from './poll-state';

/** The saved settings of a mailbox, to test its connection (`POST /api/email-accounts/:id/test`). */
export async function savedConnectionSettings(ctx: Ctx, id: string): Promise<ImapSettings> {
  const m = await mailboxCredentials(ctx, id);
  return {
    host: m.host,
    port: m.port,
    security: m.security,
    username: m.username,
    password: m.password,
    monitoredFolder: m.monitoredFolder,
  };
}

async function storedPassword(ctx: Ctx, id: string): Promise<string | null> {
  const [m] = await ctx.db
    .select({ p: emailAccounts.passwordEncrypted })
    .from(emailAccounts)
    .where(eq(emailAccounts.id, id));
  return m?.p ? decryptSecret(m.p) : null;
}

/**
 * Settings from the form, before they are saved (`POST /api/email-accounts/test`). The form never
 * holds the stored password: with the mailbox's `id` and no password, the stored one is used.
 */
export async function unsavedConnectionSettings(ctx: Ctx, input: unknown): Promise<ImapSettings> {
  assertAdmin(ctx.actor);
  const data = parseInput(connectionTestInput, input);
  let password = data.password;
  if (!password && data.id) password = await storedPassword(ctx, data.id);
  if (!password) throw new Invalid({ password: 'Enter the password for the IMAP server.' });
  return {
    host: data.host,
    port: data.port ?? defaultImapPort(data.security),
    security: data.security,
    username: data.username,
    password,
    monitoredFolder: data.monitoredFolder,
  };
}
