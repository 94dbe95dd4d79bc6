import { createHash } from 'node:crypto';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { emailAccounts } from '../../../db/schema';
import type { MailboxSecurity } from '../../../db/schema/mail';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';
import { Invalid, NotFound } from '../errors';
import { decryptSecret } from '../keys';
import { UUID } from '../shared/list-query';
import { defaultImapPort } from './mailbox-input';

/** How to reach a mailbox's IMAP server, password in clear: for the poller and the test only. */
export interface ImapSettings {
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  password: string;
  monitoredFolder: string;
}

/** A mailbox the IMAP poller should read, with where it stands (no password). */
export interface PolledMailbox {
  id: string;
  name: string;
  emailAddress: string;
  processedFolder: string | null;
  uidValidity: string | null;
  lastUid: number;
  pollLeaseOwner: string | null;
  pollLeaseUntil: Date | null;
  /**
   * A digest of what the poller connects with (server, login, folders): when an admin changes
   * one, the poller reconnects with the new settings.
   */
  settingsKey: string;
}

/** Active mailboxes with an IMAP server (an address without one takes mail over SMTP only). */
export async function activeImapMailboxes(ctx: Ctx): Promise<PolledMailbox[]> {
  assertAdmin(ctx.actor);
  const rows = await ctx.db
    .select({
      id: emailAccounts.id,
      name: emailAccounts.name,
      emailAddress: emailAccounts.emailAddress,
      processedFolder: emailAccounts.processedFolder,
      uidValidity: emailAccounts.uidValidity,
      lastUid: emailAccounts.lastUid,
      pollLeaseOwner: emailAccounts.pollLeaseOwner,
      pollLeaseUntil: emailAccounts.pollLeaseUntil,
      host: emailAccounts.host,
      port: emailAccounts.port,
      security: emailAccounts.security,
      username: emailAccounts.username,
      passwordEncrypted: emailAccounts.passwordEncrypted,
      monitoredFolder: emailAccounts.monitoredFolder,
    })
    .from(emailAccounts)
    .where(
      and(
        eq(emailAccounts.status, 'Active'),
        isNotNull(emailAccounts.host),
        ne(emailAccounts.host, ''),
      ),
    )
    .orderBy(emailAccounts.name);
  return rows.map(
    ({ host, port, security, username, passwordEncrypted, monitoredFolder, ...m }) => ({
      ...m,
      settingsKey: createHash('sha256')
        .update(
          JSON.stringify([
            host,
            port,
            security,
            username,
            passwordEncrypted,
            monitoredFolder,
            m.processedFolder,
          ]),
        )
        .digest('hex'),
    }),
  );
}

export interface MailboxCredentials extends ImapSettings {
  id: string;
  processedFolder: string | null;
  uidValidity: string | null;
  lastUid: number;
}

/** The stored settings with the password decrypted; Invalid when there is no IMAP server to reach. */
export async function mailboxCredentials(ctx: Ctx, id: string): Promise<MailboxCredentials> {
  assertAdmin(ctx.actor);
  if (!UUID.test(id)) throw new NotFound('Mailbox');
  const [m] = await ctx.db.select().from(emailAccounts).where(eq(emailAccounts.id, id));
  if (!m) throw new NotFound('Mailbox');
  if (!m.host || !m.username) {
    throw new Invalid({ host: 'This mailbox has no IMAP server (host and user name).' });
  }
  return {
    id: m.id,
    host: m.host,
    port: m.port ?? defaultImapPort(m.security),
    security: m.security,
    username: m.username,
    password: m.passwordEncrypted ? decryptSecret(m.passwordEncrypted) : '',
    monitoredFolder: m.monitoredFolder,
    processedFolder: m.processedFolder,
    uidValidity: m.uidValidity,
    lastUid: m.lastUid,
  };
}

/**
 * Where the poller stands after a pass (or why it could not make one: `error`, null once it
 * works again). Saved only while `owner` holds the lease, so a poller that lost it cannot move
 * the new holder backwards; false then. Never touches modifiedAt (that means "an admin edited").
 */
export async function savePollState(
  ctx: Ctx,
  id: string,
  state: { owner: string; uidValidity?: string | null; lastUid?: number; error?: string | null },
): Promise<boolean> {
  assertAdmin(ctx.actor);
  const rows = await ctx.db
    .update(emailAccounts)
    .set({
      ...(state.uidValidity !== undefined ? { uidValidity: state.uidValidity } : {}),
      ...(state.lastUid !== undefined ? { lastUid: state.lastUid } : {}),
      ...(state.error !== undefined ? { lastError: state.error?.slice(0, 1000) ?? null } : {}),
      // The last pass that worked: with an error, the time it last could read the folder stays.
      ...(typeof state.error === 'string' ? {} : { lastPolledAt: ctx.clock.now() }),
    })
    .where(and(eq(emailAccounts.id, id), eq(emailAccounts.pollLeaseOwner, state.owner)))
    .returning({ id: emailAccounts.id });
  return rows.length > 0;
}
