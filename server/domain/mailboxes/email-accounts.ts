import { and, eq, ne, sql } from 'drizzle-orm';
import { emailAccounts, teams } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';
import { Invalid, NotFound } from '../errors';
import { encryptSecret } from '../keys';
import { assertActiveUsers } from '../shared/fields';
import { type FieldMap, type ListQuery, UUID } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { parseInput } from '../shared/validate';
import { mailboxCreateInput, mailboxUpdateInput } from './mailbox-input';

type Row = typeof emailAccounts.$inferSelect;

/**
 * A mailbox as the API shows it: the password never leaves the server (`hasPassword` says
 * whether one is stored); the poller's state (uidValidity, lastUid, lastPolledAt, lastError,
 * the lease) is shown read-only.
 */
export type EmailAccount = Omit<Row, 'passwordEncrypted'> & { hasPassword: boolean };

export function presentMailbox(row: Row): EmailAccount {
  const { passwordEncrypted, ...rest } = row;
  return { ...rest, hasPassword: !!passwordEncrypted };
}

const fields: FieldMap = {
  id: { column: emailAccounts.id, kind: 'uuid' },
  name: { column: emailAccounts.name, kind: 'text' },
  emailAddress: { column: emailAccounts.emailAddress, kind: 'text' },
  host: { column: emailAccounts.host, kind: 'text' },
  status: { column: emailAccounts.status, kind: 'text' },
  createCase: { column: emailAccounts.createCase, kind: 'boolean' },
  caseDistribution: { column: emailAccounts.caseDistribution, kind: 'text' },
  assignToUserId: { column: emailAccounts.assignToUserId, kind: 'uuid' },
  teamId: { column: emailAccounts.teamId, kind: 'uuid' },
  autoReply: { column: emailAccounts.autoReply, kind: 'boolean' },
  lastPolledAt: { column: emailAccounts.lastPolledAt, kind: 'timestamp' },
  createdAt: { column: emailAccounts.createdAt, kind: 'timestamp' },
  modifiedAt: { column: emailAccounts.modifiedAt, kind: 'timestamp' },
};

export async function listMailboxes(ctx: Ctx, query: ListQuery) {
  assertAdmin(ctx.actor);
  const r = await listTable<Row>(
    ctx,
    {
      table: emailAccounts,
      fields,
      search: [emailAccounts.name, emailAccounts.emailAddress],
      defaultSort: ['name', 'ASC'],
    },
    query,
  );
  return { ...r, data: r.data.map(presentMailbox) };
}

async function findRow(ctx: Ctx, id: string): Promise<Row> {
  assertAdmin(ctx.actor);
  if (!UUID.test(id)) throw new NotFound('Mailbox');
  const [row] = await ctx.db.select().from(emailAccounts).where(eq(emailAccounts.id, id));
  if (!row) throw new NotFound('Mailbox');
  return row;
}

export async function getMailbox(ctx: Ctx, id: string): Promise<EmailAccount> {
  return presentMailbox(await findRow(ctx, id));
}

type Settings = Omit<Row, 'id' | 'createdAt' | 'modifiedAt'>;

/** The rules that span fields, checked on the mailbox as it will be saved. */
async function assertConsistent(ctx: Ctx, m: Settings, id: string | null) {
  const errors: Record<string, string> = {};
  if (m.host && !m.username) errors.username = 'Enter the user name for the IMAP server.';
  if (m.host && !m.passwordEncrypted) errors.password = 'Enter the password for the IMAP server.';
  if (m.caseDistribution === 'Direct' && !m.assignToUserId) {
    errors.assignToUserId = 'Choose the user who gets the cases.';
  }
  if ((m.caseDistribution === 'Round-Robin' || m.caseDistribution === 'Least-Busy') && !m.teamId) {
    errors.teamId = 'Choose the team whose members get the cases.';
  }
  if (m.processedFolder && m.processedFolder === m.monitoredFolder) {
    errors.processedFolder = 'Use a folder other than the monitored one.';
  }
  if (Object.keys(errors).length) throw new Invalid(errors);

  await assertActiveUsers(ctx, 'assignToUserId', [m.assignToUserId]);
  if (m.teamId) {
    const [t] = await ctx.db.select({ id: teams.id }).from(teams).where(eq(teams.id, m.teamId));
    if (!t) throw new Invalid({ teamId: 'No such team.' });
  }
  const [taken] = await ctx.db
    .select({ id: emailAccounts.id })
    .from(emailAccounts)
    .where(
      and(
        sql`lower(${emailAccounts.emailAddress}) = ${m.emailAddress.toLowerCase()}`,
        id ? ne(emailAccounts.id, id) : undefined,
      ),
    );
  if (taken) throw new Invalid({ emailAddress: 'Another mailbox already uses this address.' });
}

/** Two admins saving the same address at once: the unique index decides, with the same message. */
async function unlessDuplicate<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const code = (err as { code?: string; cause?: { code?: string } }).cause?.code;
    if (code === '23505' || (err as { code?: string }).code === '23505') {
      throw new Invalid({ emailAddress: 'Another mailbox already uses this address.' });
    }
    throw err;
  }
}

export async function createMailbox(ctx: Ctx, input: unknown): Promise<EmailAccount> {
  assertAdmin(ctx.actor);
  const { password, ...data } = parseInput(mailboxCreateInput, input);
  const settings: Settings = {
    ...data,
    passwordEncrypted: password ? encryptSecret(password) : null,
    lastAssignedUserId: null,
    uidValidity: null,
    lastUid: 0,
    lastPolledAt: null,
    pollLeaseOwner: null,
    pollLeaseUntil: null,
    lastError: null,
  };
  await assertConsistent(ctx, settings, null);
  const now = ctx.clock.now();
  const [row] = await unlessDuplicate(() =>
    ctx.db
      .insert(emailAccounts)
      .values({ ...settings, createdAt: now, modifiedAt: now })
      .returning(),
  );
  return presentMailbox(row!);
}

/** What identifies the folder the poller reads: when one changes, its UIDs mean nothing anymore. */
const WHERE_MAIL_IS = ['host', 'port', 'username', 'monitoredFolder'] as const;

export async function updateMailbox(ctx: Ctx, id: string, input: unknown): Promise<EmailAccount> {
  const old = await findRow(ctx, id);
  const { password, ...data } = parseInput(mailboxUpdateInput, input);
  const changes: Partial<Settings> = Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined),
  );
  if (password) changes.passwordEncrypted = encryptSecret(password);
  const next: Settings = { ...old, ...changes };
  await assertConsistent(ctx, next, id);
  if (WHERE_MAIL_IS.some((k) => next[k] !== old[k])) {
    // Another server or folder: start over (a rescan is deduplicated by Message-ID).
    changes.uidValidity = null;
    changes.lastUid = 0;
    changes.lastError = null;
  }
  const [row] = await unlessDuplicate(() =>
    ctx.db
      .update(emailAccounts)
      .set({ ...changes, modifiedAt: ctx.clock.now() })
      .where(eq(emailAccounts.id, id))
      .returning(),
  );
  if (!row) throw new NotFound('Mailbox');
  return presentMailbox(row);
}

/** Its e-mails stay (with their mailbox id); a poller holding it stops at its next lease renewal. */
export async function deleteMailbox(ctx: Ctx, id: string): Promise<EmailAccount> {
  const row = await findRow(ctx, id);
  await ctx.db.delete(emailAccounts).where(eq(emailAccounts.id, id));
  return presentMailbox(row);
}
