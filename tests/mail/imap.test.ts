import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cases, emailAccounts, emails } from '../../db/schema';
import { systemActor } from '../../server/domain/access/actor';
import { withActor } from '../../server/domain/context';
import { decryptSecret } from '../../server/domain/keys';
import {
  claimPollLease,
  releasePollLease,
  renewPollLease,
} from '../../server/domain/mailboxes/poll-lease';
import { configureMailIdentity } from '../../server/domain/outbox/mail-identity';
import { type ImapPollers, startImapPollers } from '../../server/mail/imap/imap-pollers';
import { createTestApp, type TestApp } from '../support/app';
import { type Dovecot, startDovecot } from '../support/dovecot';
import { sleep, waitFor as waitUntil } from '../support/wait';

const log = process.env.IMAP_TEST_LOG
  ? pino({ level: 'debug' }, pino.destination(process.env.IMAP_TEST_LOG))
  : pino({ level: 'silent' });

// Generous: the whole suite runs two files at a time on a small machine, Dovecot included.
const waitFor = <T>(what: string, fn: () => Promise<T | undefined | false>) =>
  waitUntil(what, fn, 40_000);

let t: TestApp;
let admin: { token: string };
let dove: Dovecot;
const running: ImapPollers[] = [];
const mailboxes: string[] = [];

beforeAll(async () => {
  configureMailIdentity({ mailFrom: 'Acme Support <crm@acme.test>', publicUrl: 'http://crm.test' });
  [t, dove] = await Promise.all([createTestApp(), startDovecot()]);
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop()));
  for (const id of mailboxes.splice(0)) {
    await t.call('DELETE', `/api/email-accounts/${id}`, { token: admin.token });
  }
});
afterAll(async () => {
  await dove?.stop();
  await t?.close();
});

let seq = 0;
/** A customer's message, as their mail client would write it. */
function customerMail(opts: { from: string; subject: string; messageId?: string; to?: string }) {
  const messageId = opts.messageId ?? `<m${++seq}.${Date.now()}@customer.test>`;
  const raw = [
    `From: Carla Customer <${opts.from}>`,
    `To: ${opts.to ?? 'help@acme.test'}`,
    `Subject: ${opts.subject}`,
    `Message-ID: ${messageId}`,
    'Date: Fri, 27 Nov 2026 09:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello, the printer on floor 3 is on fire again.',
    '',
  ].join('\r\n');
  return { raw, messageId };
}

async function createMailbox(body: Record<string, unknown> = {}) {
  const r = await t.call('POST', '/api/email-accounts', {
    token: admin.token,
    body: {
      name: 'Help desk',
      emailAddress: `help${++seq}@acme.test`,
      host: dove.host,
      port: dove.port,
      security: 'none',
      username: dove.user,
      password: dove.password,
      processedFolder: 'Processed',
      ...body,
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  mailboxes.push(r.body.id);
  return r.body as { id: string; emailAddress: string };
}

const mailbox = async (id: string) =>
  (await t.call('GET', `/api/email-accounts/${id}`, { token: admin.token })).body;

function pollers(opts: { pollSeconds?: number; owner?: string } = {}) {
  const p = startImapPollers({
    services: t.services,
    log,
    pollSeconds: opts.pollSeconds ?? 1,
    owner: opts.owner,
    retryMs: { first: 200, max: 1000 },
    client: { timeoutMs: 5000, autoIdleMs: 300 },
  });
  running.push(p);
  return p;
}

const inbound = (messageId: string) =>
  t.database.db
    .select()
    .from(emails)
    .where(sql`${emails.messageId} = ${messageId} and ${emails.direction} = 'in'`);

const imported = (messageId: string) =>
  waitFor(`${messageId} imported`, async () => {
    const [row] = await inbound(messageId);
    return row && row.status !== 'Received' ? row : undefined;
  });

describe('mailboxes over REST', () => {
  it('stores the password encrypted, never returns it, and keeps it when left empty', async () => {
    const m = await createMailbox({ name: 'Support' });
    const text = JSON.stringify(m);
    expect(m).toMatchObject({ hasPassword: true, monitoredFolder: 'INBOX', status: 'Active' });
    expect(text).not.toContain(dove.password);
    expect(m).not.toHaveProperty('password');
    expect(m).not.toHaveProperty('passwordEncrypted');

    const [stored] = await t.database.db
      .select({ p: emailAccounts.passwordEncrypted })
      .from(emailAccounts)
      .where(eq(emailAccounts.id, m.id));
    expect(stored!.p).toBeTruthy();
    expect(stored!.p).not.toContain(dove.password);
    expect(decryptSecret(stored!.p!)).toBe(dove.password);

    const list = await t.call('GET', '/api/email-accounts?filter={"status":"Active"}', {
      token: admin.token,
    });
    expect(list.status).toBe(200);
    expect(list.headers.get('Content-Range')).toMatch(/^email-accounts 0-\d+\/\d+$/);
    expect(JSON.stringify(list.body)).not.toContain(dove.password);
    expect(list.body.find((x: { id: string }) => x.id === m.id)).toMatchObject({
      hasPassword: true,
    });

    // The panel sends the whole record back with an empty password: the stored one stays.
    const put = await t.call('PUT', `/api/email-accounts/${m.id}`, {
      token: admin.token,
      body: { ...(await mailbox(m.id)), name: 'Support desk', password: '', lastUid: 999 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: 'Support desk', hasPassword: true, lastUid: 0 });
    const test = await t.call('POST', `/api/email-accounts/${m.id}/test`, { token: admin.token });
    expect(test.body.ok).toBe(true);

    const user = await t.user();
    expect((await t.call('GET', '/api/email-accounts', { token: user.token })).status).toBe(403);
    expect(
      (await t.call('POST', `/api/email-accounts/${m.id}/test`, { token: user.token })).status,
    ).toBe(403);
  });

  it('refuses inconsistent settings with field messages', async () => {
    const taken = await createMailbox();
    const r = await t.call('POST', '/api/email-accounts', {
      token: admin.token,
      body: {
        name: 'Other',
        emailAddress: taken.emailAddress.toUpperCase(),
        host: 'imap.example.com',
        security: 'STARTTLS',
        caseDistribution: 'Direct',
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors).toMatchObject({ security: expect.any(String) });
    const r2 = await t.call('POST', '/api/email-accounts', {
      token: admin.token,
      body: {
        name: 'Other',
        emailAddress: taken.emailAddress.toUpperCase(),
        host: 'imap.example.com',
        caseDistribution: 'Direct',
      },
    });
    expect(r2.status).toBe(400);
    expect(r2.body.errors).toMatchObject({
      username: expect.any(String),
      password: expect.any(String),
      assignToUserId: 'Choose the user who gets the cases.',
    });
    const r3 = await t.call('POST', '/api/email-accounts', {
      token: admin.token,
      body: { name: 'Other', emailAddress: taken.emailAddress.toUpperCase() },
    });
    expect(r3.body.errors).toEqual({
      emailAddress: 'Another mailbox already uses this address.',
    });
  });
});

describe('connection test', () => {
  it('logs in with the stored settings and reports the folder, or the refusal in plain words', async () => {
    await dove.deliver(customerMail({ from: 'probe@customer.test', subject: 'Probe' }).raw);
    const m = await createMailbox();
    const ok = await t.call('POST', `/api/email-accounts/${m.id}/test`, { token: admin.token });
    expect(ok.status).toBe(200);
    expect(ok.body.ok).toBe(true);
    expect(ok.body.message).toMatch(/"INBOX" holds [1-9]\d* messages?/);

    const settings = {
      host: dove.host,
      port: dove.port,
      security: 'none',
      username: dove.user,
    };
    const wrong = await t.call('POST', '/api/email-accounts/test', {
      token: admin.token,
      body: { ...settings, password: 'not-the-password' },
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toEqual({
      ok: false,
      message: expect.stringMatching(/refused the user name or password/),
    });
    expect(wrong.body.message).not.toContain('not-the-password');

    // Testing an edited form: no password in it, so the stored one is used.
    const unsaved = await t.call('POST', '/api/email-accounts/test', {
      token: admin.token,
      body: { ...settings, id: m.id, password: '' },
    });
    expect(unsaved.body.ok).toBe(true);

    const folder = await t.call('POST', '/api/email-accounts/test', {
      token: admin.token,
      body: { ...settings, password: dove.password, monitoredFolder: 'Nope' },
    });
    expect(folder.body).toMatchObject({
      ok: false,
      message: expect.stringMatching(/"Nope" does not exist/),
    });

    const closed = await t.call('POST', '/api/email-accounts/test', {
      token: admin.token,
      body: { ...settings, password: dove.password, port: 1 },
    });
    expect(closed.body).toMatchObject({
      ok: false,
      message: expect.stringMatching(/connection refused/),
    });
  });
});

describe('poll lease', () => {
  it('goes to exactly one of many processes asking at once, and to another once expired', async () => {
    const m = await createMailbox();
    const ctx = withActor(t.services, systemActor);
    const owners = Array.from({ length: 8 }, (_, i) => `proc-${i}`);
    const won = await Promise.all(owners.map((o) => claimPollLease(ctx, m.id, o, 60)));
    expect(won.filter(Boolean)).toHaveLength(1);
    const holder = owners[won.indexOf(true)]!;
    const other = owners.find((o) => o !== holder)!;
    expect(await renewPollLease(ctx, m.id, holder, 60)).toBe(true);
    expect(await renewPollLease(ctx, m.id, other, 60)).toBe(false);
    expect(await claimPollLease(ctx, m.id, other, 60)).toBe(false);

    t.clock.advance(61_000); // the holder hung: its lease ran out
    expect(await claimPollLease(ctx, m.id, other, 60)).toBe(true);
    expect(await renewPollLease(ctx, m.id, holder, 60)).toBe(false);
    await releasePollLease(ctx, m.id, holder); // not its lease anymore: changes nothing
    expect((await mailbox(m.id)).pollLeaseOwner).toBe(other);
    await releasePollLease(ctx, m.id, other);
    expect((await mailbox(m.id)).pollLeaseOwner).toBeNull();
  });
});

describe('IMAP poller', { timeout: 90_000 }, () => {
  it('imports a message into a case, moves it to the processed folder, and imports it once', async () => {
    const m = await createMailbox();
    const p = pollers();
    const mail = customerMail({ from: 'dora@customer.test', subject: 'Printer on fire' });
    const uid = await dove.deliver(mail.raw);

    const row = await imported(mail.messageId);
    expect(row).toMatchObject({ source: 'imap', emailAccountId: m.id, status: 'Imported' });
    expect(row.parentType).toBe('Case');
    const kase = await t.call('GET', `/api/cases/${row.parentId}`, { token: admin.token });
    expect(kase.body.name).toBe('Printer on fire');

    await waitFor('moved', async () => (await dove.listFolder('INBOX')).length === 0);
    const processed = await dove.listFolder('Processed');
    expect(processed.map((x) => x.messageId)).toContain(mail.messageId);
    await waitFor('lastUid saved', async () => (await mailbox(m.id)).lastUid === uid);
    expect(await mailbox(m.id)).toMatchObject({
      uidValidity: await dove.uidValidity('INBOX'),
      lastError: null,
      pollLeaseOwner: expect.any(String),
    });

    // The same message delivered again (a forward, a second mailbox rule) is one e-mail.
    await dove.deliver(mail.raw);
    await waitFor(
      'second copy processed',
      async () =>
        (await dove.listFolder('Processed')).filter((x) => x.messageId === mail.messageId)
          .length === 2,
    );
    await p.pollNow();
    expect(await inbound(mail.messageId)).toHaveLength(1);
    const theirCases = await t.database.db
      .select()
      .from(cases)
      .where(eq(cases.name, 'Printer on fire'));
    expect(theirCases).toHaveLength(1);
  });

  it('gets new mail by IDLE push, long before the next poll', async () => {
    const m = await createMailbox();
    const p = pollers({ pollSeconds: 3600 });
    await p.pollNow(); // connected, first pass done; from here only IDLE can bring mail in
    expect(p.held()).toEqual([m.id]);
    await sleep(800); // the client enters IDLE once quiet
    const mail = customerMail({ from: 'eve@customer.test', subject: 'Pushed' });
    const started = Date.now();
    await dove.deliver(mail.raw);
    const row = await imported(mail.messageId);
    expect(row.source).toBe('imap');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('lets one of two processes poll a mailbox, and the other take over when it stops', async () => {
    const m = await createMailbox();
    const a = pollers({ owner: 'process-a' });
    const b = pollers({ owner: 'process-b' });
    await Promise.all([a.pollNow(), b.pollNow()]);
    const both = () => a.held().includes(m.id) && b.held().includes(m.id);
    const one = () => a.held().includes(m.id) !== b.held().includes(m.id);
    expect(one()).toBe(true);

    const sent = [1, 2, 3].map((i) =>
      customerMail({ from: 'fred@customer.test', subject: `Shared mailbox ${i}` }),
    );
    for (const mail of sent) await dove.deliver(mail.raw);
    const end = Date.now() + 3000;
    while (Date.now() < end) {
      expect(both()).toBe(false);
      await sleep(50);
    }
    for (const mail of sent) {
      await imported(mail.messageId);
      expect(await inbound(mail.messageId)).toHaveLength(1);
    }
    const holder = a.held().includes(m.id) ? a : b;
    const other = holder === a ? b : a;
    expect((await mailbox(m.id)).pollLeaseOwner).toBe(holder === a ? 'process-a' : 'process-b');

    await holder.stop();
    await waitFor('takeover', async () => other.held().includes(m.id));
    const late = customerMail({ from: 'fred@customer.test', subject: 'After the takeover' });
    await dove.deliver(late.raw);
    expect((await imported(late.messageId)).source).toBe('imap');
    expect((await mailbox(m.id)).pollLeaseOwner).toBe(other === a ? 'process-a' : 'process-b');
  });

  it('hands a mailbox over when its poller stops renewing (a hung process), and the old one stops', async () => {
    const m = await createMailbox();
    const a = pollers({ owner: 'hung-a' });
    await a.pollNow();
    expect(a.held()).toEqual([m.id]);
    const b = pollers({ owner: 'healthy-b' });
    await b.pollNow();
    expect(b.held()).toEqual([]);
    t.clock.advance(10 * 60_000); // a's lease is long expired (as if it had not renewed)
    await waitFor('b took over', async () => b.held().includes(m.id));
    await waitFor('a let go', async () => !a.held().includes(m.id));
    expect((await mailbox(m.id)).pollLeaseOwner).toBe('healthy-b');
    const mail = customerMail({ from: 'ivan@customer.test', subject: 'After the handover' });
    await dove.deliver(mail.raw);
    await imported(mail.messageId);
    expect(await inbound(mail.messageId)).toHaveLength(1);
  });

  it('follows an admin moving the mailbox to another folder, starting that folder from scratch', async () => {
    await dove.createFolder('Escalations');
    const m = await createMailbox();
    const p = pollers();
    await p.pollNow();
    const put = await t.call('PUT', `/api/email-accounts/${m.id}`, {
      token: admin.token,
      body: { monitoredFolder: 'Escalations' },
    });
    expect(put.body).toMatchObject({
      monitoredFolder: 'Escalations',
      uidValidity: null,
      lastUid: 0,
    });
    const mail = customerMail({ from: 'jane@customer.test', subject: 'Escalated' });
    await dove.deliver(mail.raw, 'Escalations');
    expect((await imported(mail.messageId)).emailAccountId).toBe(m.id);
    expect(await dove.listFolder('Escalations')).toEqual([]);
    expect(await mailbox(m.id)).toMatchObject({
      uidValidity: await dove.uidValidity('Escalations'),
    });
  });

  it('stops polling a mailbox an admin deactivates', async () => {
    const m = await createMailbox();
    const p = pollers();
    await p.pollNow();
    expect(p.held()).toContain(m.id);
    await t.call('PUT', `/api/email-accounts/${m.id}`, {
      token: admin.token,
      body: { status: 'Inactive' },
    });
    await waitFor('poller stopped', async () => !p.held().includes(m.id));
    const mail = customerMail({ from: 'gina@customer.test', subject: 'Nobody reads this' });
    await dove.deliver(mail.raw);
    await sleep(2000);
    expect(await inbound(mail.messageId)).toHaveLength(0);
    expect((await mailbox(m.id)).pollLeaseOwner).toBeNull();
    // Left for the next test's mailbox: take it out of the folder.
    await p.stop();
    const c = await dove.connect();
    await c.mailboxOpen('INBOX');
    await c.messageDelete('1:*');
    await c.logout();
  });

  it('rescans a folder whose UIDVALIDITY changed, without importing anything twice', async () => {
    await dove.createFolder('Support');
    const m = await createMailbox({ monitoredFolder: 'Support', processedFolder: null });
    pollers();
    const first = customerMail({ from: 'hank@customer.test', subject: 'Before the move' });
    const second = customerMail({ from: 'hank@customer.test', subject: 'Also before' });
    await dove.deliver(first.raw, 'Support');
    await dove.deliver(second.raw, 'Support');
    await imported(first.messageId);
    await imported(second.messageId);
    const before = await waitFor('state saved', async () => {
      const s = await mailbox(m.id);
      return s.lastUid === 2 ? s : undefined;
    });
    // No processed folder: the messages stay, flagged as read.
    const kept = await dove.listFolder('Support');
    expect(kept.every((x) => x.flags.includes('\\Seen'))).toBe(true);

    // The folder is recreated under the running poller (a restore, a server migration): new
    // UIDVALIDITY, UIDs from 1 again, below the saved lastUid.
    await dove.deleteFolder('Support');
    await dove.createFolder('Support');
    const validity = await dove.uidValidity('Support');
    expect(validity).not.toBe(before.uidValidity);
    await dove.deliver(first.raw, 'Support');
    const third = customerMail({ from: 'hank@customer.test', subject: 'After the move' });
    await dove.deliver(third.raw, 'Support');

    await imported(third.messageId);
    await waitFor(
      'rescanned',
      async () =>
        (await mailbox(m.id)).uidValidity === validity && (await mailbox(m.id)).lastUid === 2,
    );
    expect(await inbound(first.messageId)).toHaveLength(1);
    expect(await inbound(third.messageId)).toHaveLength(1);
    const mine = await t.database.db.select().from(emails).where(eq(emails.emailAccountId, m.id));
    expect(mine).toHaveLength(3);
  });

  it('records why it cannot connect, in plain words', async () => {
    const m = await createMailbox({ username: 'nobody' });
    pollers();
    await waitFor('lastError', async () => (await mailbox(m.id)).lastError);
    expect((await mailbox(m.id)).lastError).toMatch(/refused the user name or password/);
  });
});
