import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caseArticles,
  contacts,
  emailAccounts,
  emails,
  kbArticles,
  notes,
  slackCards,
  users,
} from '../../db/schema';
import { loadActor, systemActor } from '../../server/domain/access/actor';
import { queueCaseReply } from '../../server/domain/case-mail/queue-case-reply';
import { caseIdFromMessageId } from '../../server/domain/cases/case-token';
import { createCaseRow } from '../../server/domain/cases/create-case';
import { type Ctx, withActor } from '../../server/domain/context';
import { configureMailIdentity } from '../../server/domain/outbox/mail-identity';
import type { QueueDefaults } from '../../server/jobs/queue';
import { createTestApp, type TestApp } from '../support/app';
import { FakeSlack } from '../support/fake-slack';
import { SmtpSink } from '../support/smtp-sink';
import { sleep, waitFor } from '../support/wait';
import { startWorkers, type TestWorkers } from '../support/workers';

const CUSTOMER_MSG = '<CAF1234.abc@mail.customer.test>';
const CUSTOMER_ROOT = '<root.1@mail.customer.test>';

let t: TestApp;
let sink: SmtpSink;
let slack: FakeSlack;
/** The running queue and workers (`stopMail()` stops only the mail worker). */
let services: TestWorkers | undefined;
let agent: { id: string; token: string };
let agentCtx: Ctx;
let mailboxId: string;

/** The job queue with the mail worker and the Slack API worker, as server/main.ts runs them. */
async function startServices(mailQueue: QueueDefaults = {}) {
  services = await startWorkers(t, {
    slackApiUrl: slack.apiUrl,
    slackQueue: { retryDelay: 1, retryBackoff: false },
    mail: {
      smtpUrl: sink.url,
      from: 'Acme Support <support@acme.test>',
      queue: { retryDelay: 1, retryLimit: 5, retryBackoff: false, ...mailQueue },
    },
  });
  agentCtx = { ...agentCtx, jobs: services.queue.jobs };
}

/** A case that came in by e-mail to the help@ mailbox: the customer's message is stored on it. */
async function caseFromEmail(name = 'Printer on fire', opts: { contact?: boolean } = {}) {
  const sys = withActor(t.services, systemActor);
  let contactId: string | undefined;
  if (opts.contact !== false) {
    const [c] = await t.database.db
      .insert(contacts)
      .values({ firstName: 'Ada', lastName: 'Lovelace', emailAddress: 'ada@customer.test' })
      .returning();
    contactId = c!.id;
  }
  const row = await createCaseRow(
    sys,
    { name, description: 'It is on fire.', contactId, assignedUserId: agent.id },
    { inboundEmailAccountId: mailboxId },
  );
  const messageId = CUSTOMER_MSG.replace('abc', row.id.slice(0, 8));
  await t.database.db.insert(emails).values({
    direction: 'in',
    status: 'Imported',
    messageId,
    references: [CUSTOMER_ROOT],
    inReplyTo: CUSTOMER_ROOT,
    from: 'ada@customer.test',
    fromName: 'Ada Lovelace',
    to: ['help@acme.test'],
    subject: name,
    text: 'Hello,\n\nIt is on fire.\nPlease help.\n\nOn Mon, Bob wrote:\n> older stuff',
    source: 'imap',
    emailAccountId: mailboxId,
    parentType: 'Case',
    parentId: row.id,
    createdAt: t.clock.now(),
  });
  return { ...row, customerMessageId: messageId };
}

const emailRow = (id: string) =>
  t.database.db
    .select()
    .from(emails)
    .where(eq(emails.id, id))
    .then((r) => r[0]!);

const statusIs = (id: string, status: string) => async () => {
  const row = await emailRow(id);
  return row.status === status ? row : undefined;
};

const messagesTo = (subjectPart: string) =>
  sink.messages.filter((m) => m.mail.subject?.includes(subjectPart));

const reply = (caseId: string, body: unknown, token = agent.token) =>
  t.call('POST', `/api/cases/${caseId}/reply`, { token, body });

beforeAll(async () => {
  configureMailIdentity({
    mailFrom: 'Acme Support <support@acme.test>',
    publicUrl: 'http://crm.acme.test',
  });
  t = await createTestApp();
  sink = await new SmtpSink().start();
  slack = await FakeSlack.start();
  const u = await t.user({ name: 'Jane Doe', isAdmin: true });
  // Linked to Slack: the ⚠️ of a delayed reply comes with an ephemeral explanation to her.
  await t.database.db.update(users).set({ slackUserId: 'UJANEDOE' }).where(eq(users.id, u.id));
  agent = u;
  agentCtx = withActor(t.services, (await loadActor(t.database.db, u.id))!);
  const [box] = await t.database.db
    .insert(emailAccounts)
    .values({ name: 'Help desk', emailAddress: 'help@acme.test', host: 'imap.acme.test' })
    .returning();
  mailboxId = box!.id;
  await startServices();
}, 60_000);

afterAll(async () => {
  await services?.stop();
  await sink?.stop();
  await slack?.close();
  await t?.close();
}, 30_000);

describe('replying to a case by e-mail', () => {
  it('sends the agent’s reply threaded under the customer’s message, from the mailbox', async () => {
    const c = await caseFromEmail('Printer on fire');
    const r = await reply(c.id, {
      body: 'Hi *Ada*,\n\nPlease unplug it &amp; see <https://help.acme.test/fire|our guide>.',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const { noteId, emailId } = r.body;
    expect(noteId).toBeTruthy();
    const sent = await waitFor(statusIs(emailId, 'Sent'));
    await sleep(1000);
    const got = messagesTo(`[#${c.number}]`);
    expect(got).toHaveLength(1);
    const { mail, to } = got[0]!;
    expect(to).toEqual(['ada@customer.test']);
    expect(mail.from?.value).toEqual([
      { name: 'Jane Doe (Acme Support)', address: 'help@acme.test' },
    ]);
    expect(mail.subject).toBe(`Re: [#${c.number}] Printer on fire`);
    // Our own Message-ID, stored before sending, naming the case with a valid signature.
    expect(mail.messageId).toBe(sent.messageId);
    expect(caseIdFromMessageId(mail.messageId!)).toBe(c.id);
    expect(mail.inReplyTo).toBe(c.customerMessageId);
    const refs = ([] as string[]).concat(mail.references ?? []);
    expect(refs).toEqual([CUSTOMER_ROOT, c.customerMessageId, mail.messageId]);
    expect(mail.headers.get('auto-submitted')).toBeUndefined();
    expect(mail.headers.get('precedence')).toBeUndefined();
    // Both parts: the text reads alone (link spelled out, the customer's words quoted).
    expect(mail.text).toContain('Hi *Ada*,');
    expect(mail.text).toContain('Please unplug it & see our guide (https://help.acme.test/fire).');
    expect(mail.text).toContain('Jane Doe');
    expect(mail.text).toContain('> It is on fire.');
    expect(mail.text).not.toContain('older stuff');
    expect(mail.html).toContain('<strong>Ada</strong>');
    expect(mail.html).toContain('<a href="https://help.acme.test/fire">our guide</a>');
    // Kept in the case stream, visible to the customer side (not internal).
    const stream = await t.database.db.select().from(notes).where(eq(notes.parentId, c.id));
    expect(stream.filter((n) => n.type === 'EmailSent')).toMatchObject([
      {
        id: noteId,
        isInternal: false,
        post: expect.stringContaining('Hi *Ada*'),
        data: { emailId, to: ['ada@customer.test'], subject: `Re: [#${c.number}] Printer on fire` },
      },
    ]);
    expect(sent).toMatchObject({
      direction: 'out',
      parentType: 'Case',
      parentId: c.id,
      emailAccountId: mailboxId,
      attempts: 1,
    });
  });

  it('threads a second reply under the first one too', async () => {
    const c = await caseFromEmail('Second reply');
    const first = await reply(c.id, { body: 'First answer.' });
    const firstRow = await waitFor(statusIs(first.body.emailId, 'Sent'));
    const second = await reply(c.id, { body: 'Second answer.' });
    await waitFor(statusIs(second.body.emailId, 'Sent'));
    await waitFor(() => messagesTo(`[#${c.number}]`).length === 2);
    const last = messagesTo(`[#${c.number}]`).find((m) => m.mail.text?.includes('Second'))!;
    const refs = ([] as string[]).concat(last.mail.references ?? []);
    expect(refs).toContain(firstRow.messageId);
    expect(refs).toContain(c.customerMessageId);
    expect(refs.at(-1)).toBe(last.mail.messageId);
    expect(last.mail.inReplyTo).toBe(c.customerMessageId);
  });

  it('marks an acknowledgement as automatic, from the company', async () => {
    const c = await caseFromEmail('Need a quote');
    const sys = withActor(t.services, systemActor);
    const { emailId } = await queueCaseReply(sys, {
      caseId: c.id,
      body: '',
      kind: 'acknowledgement',
    });
    await waitFor(statusIs(emailId, 'Sent'));
    const { mail } = await waitFor(() => messagesTo(`[#${c.number}]`)[0]);
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.headers.get('x-auto-response-suppress')).toBe('All');
    expect(mail.headers.get('precedence')).toBe('auto_reply');
    expect(mail.from?.value).toEqual([{ name: 'Acme Support', address: 'help@acme.test' }]);
    expect(mail.subject).toBe(`Re: [#${c.number}] Need a quote`);
    expect(mail.inReplyTo).toBe(c.customerMessageId);
    expect(mail.text).toContain(`opened case #${c.number}`);
    expect(mail.html).toContain(`<strong>#${c.number}</strong>`);
  });

  it('sends published articles along and links them to the case', async () => {
    const c = await caseFromEmail('How do I reset?');
    const [a] = await t.database.db
      .insert(kbArticles)
      .values({
        name: 'Resetting the printer',
        body: '<p>Hold the power button 10 s.</p>',
        status: 'Published',
      })
      .returning();
    const [draft] = await t.database.db
      .insert(kbArticles)
      .values({ name: 'Draft', body: 'secret', status: 'Draft' })
      .returning();
    await expect(
      queueCaseReply(agentCtx, { caseId: c.id, body: 'See this.', articleIds: [draft!.id] }),
    ).rejects.toMatchObject({ errors: { articleIds: expect.any(String) } });
    const { emailId } = await queueCaseReply(agentCtx, {
      caseId: c.id,
      body: 'See this.',
      articleIds: [a!.id],
    });
    await waitFor(statusIs(emailId, 'Sent'));
    const { mail } = await waitFor(() => messagesTo(`[#${c.number}]`)[0]);
    expect(mail.text).toContain('* Resetting the printer');
    expect(mail.text).toContain('Hold the power button 10 s.');
    const links = await t.database.db
      .select()
      .from(caseArticles)
      .where(eq(caseArticles.caseId, c.id));
    expect(links.map((l) => l.articleId)).toEqual([a!.id]);
  });

  it('keeps an internal note in the stream and mails nothing', async () => {
    const c = await caseFromEmail('Internal only');
    const r = await reply(c.id, { body: 'Customer is on the old firmware.', internal: true });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.emailId).toBeNull();
    const [note] = await t.database.db.select().from(notes).where(eq(notes.id, r.body.noteId));
    expect(note).toMatchObject({ type: 'Post', isInternal: true, parentId: c.id });
    await sleep(1500);
    const out = await t.database.db
      .select()
      .from(emails)
      .where(and(eq(emails.parentId, c.id), eq(emails.direction, 'out')));
    expect(out).toEqual([]);
    expect(messagesTo(`[#${c.number}]`)).toEqual([]);
  });

  it('refuses a reply from a user who may not edit the case (403), and sends nothing', async () => {
    const c = await caseFromEmail('Not yours');
    const reader = await t.user({
      permissions: { Case: { read: 'all', edit: 'no', stream: 'all' } },
    });
    const r = await reply(c.id, { body: 'Hello' }, reader.token);
    expect(r.status).toBe(403);
    const out = await t.database.db
      .select()
      .from(emails)
      .where(and(eq(emails.parentId, c.id), eq(emails.direction, 'out')));
    expect(out).toEqual([]);
  });

  it('answers 400 when there is nobody to write to, or nothing to say', async () => {
    const sys = withActor(t.services, systemActor);
    const lonely = await createCaseRow(sys, { name: 'Phoned in' });
    const r = await reply(lonely.id, { body: 'Hello' });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual({ to: 'This case has no customer e-mail address.' });
    const c = await caseFromEmail('Empty');
    const empty = await reply(c.id, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.body).toBeTruthy();
  });
});

describe('reply delivery through outages', () => {
  it('delivers a reply queued while the SMTP server is down exactly once when it is back', async () => {
    const port = sink.port;
    await sink.stop();
    const c = await caseFromEmail('Outage');
    const r = await reply(c.id, { body: 'We are on it.' });
    expect(r.status).toBe(201);
    const failed = await waitFor(async () => {
      const row = await emailRow(r.body.emailId);
      return row.attempts >= 1 && row.error ? row : undefined;
    });
    expect(failed.status).toBe('Queued');
    await sink.start(port);
    const sent = await waitFor(statusIs(r.body.emailId, 'Sent'));
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.error).toBeNull();
    await sleep(1500);
    expect(messagesTo(`[#${c.number}]`)).toHaveLength(1);
  });

  it('delivers a reply queued before a restart once, by the new process', async () => {
    const c = await caseFromEmail('Restart');
    // The mail worker stops first: the reply's job is written, but nobody runs it.
    await services!.stopMail();
    const r = await reply(c.id, { body: 'Sent across a restart.' });
    expect(r.status).toBe(201);
    await sleep(1500);
    expect((await emailRow(r.body.emailId)).status).toBe('Queued');
    expect(messagesTo(`[#${c.number}]`)).toEqual([]);
    await services!.stop();
    await startServices();
    await waitFor(statusIs(r.body.emailId, 'Sent'));
    await sleep(1500);
    expect(messagesTo(`[#${c.number}]`)).toHaveLength(1);
  });
});

describe('Slack reactions on replies typed in a thread', () => {
  const channel = 'C0SUPPORT';

  it('puts ✉️ on the agent’s message once the reply is sent', async () => {
    const c = await caseFromEmail('Slack sent');
    const ts = '1790000000.000100';
    const { emailId } = await queueCaseReply(agentCtx, {
      caseId: c.id,
      body: 'From Slack.',
      slack: { channel, ts },
    });
    await waitFor(statusIs(emailId, 'Sent'));
    const call = await slack.waitFor(
      'reactions.add',
      (x) => x.args.timestamp === ts && x.args.name === 'email',
      10_000,
    );
    expect(call.args.channel).toBe(channel);
    await sleep(1000);
    expect(
      slack
        .callsOf('reactions.add')
        .filter((x) => x.args.timestamp === ts && x.args.name === 'warning'),
    ).toEqual([]);
  });

  it('shows ⚠️ while the mail server is down, and ✉️ instead once it goes out', async () => {
    const port = sink.port;
    await sink.stop();
    const c = await caseFromEmail('Slack outage');
    const ts = '1790000000.000200';
    const { emailId } = await queueCaseReply(agentCtx, {
      caseId: c.id,
      body: 'Down for now.',
      slack: { channel, ts },
    });
    await slack.waitFor(
      'reactions.add',
      (x) => x.args.timestamp === ts && x.args.name === 'warning',
      15_000,
    );
    expect((await emailRow(emailId)).status).toBe('Queued');
    const told = await slack.waitFor(
      'chat.postEphemeral',
      (x) => x.args.user === 'UJANEDOE' && String(x.args.text).includes('retried automatically'),
      15_000,
    );
    expect(told.args.channel).toBe(channel);
    await sink.start(port);
    await waitFor(statusIs(emailId, 'Sent'));
    await slack.waitFor(
      'reactions.remove',
      (x) => x.args.timestamp === ts && x.args.name === 'warning',
      10_000,
    );
    await slack.waitFor(
      'reactions.add',
      (x) => x.args.timestamp === ts && x.args.name === 'email',
      10_000,
    );
    await sleep(1000);
    // ⚠️ once, not once per failed attempt.
    expect(
      slack
        .callsOf('reactions.add')
        .filter((x) => x.args.timestamp === ts && x.args.name === 'warning'),
    ).toHaveLength(1);
    expect(messagesTo(`[#${c.number}]`)).toHaveLength(1);
  });

  it('marks the reply Failed after the last retry, with ⚠️ and a note in the case thread', async () => {
    await services!.stop();
    await startServices({ retryLimit: 0 });
    const port = sink.port;
    await sink.stop();
    try {
      const c = await caseFromEmail('Slack failed');
      await t.database.db
        .insert(slackCards)
        .values({ entityType: 'Case', entityId: c.id, channel, ts: '1790000000.000001' });
      const ts = '1790000000.000300';
      const { emailId } = await queueCaseReply(agentCtx, {
        caseId: c.id,
        body: 'This will not arrive.',
        slack: { channel, ts },
      });
      const failed = await waitFor(statusIs(emailId, 'Failed'));
      expect(failed.error).toBeTruthy();
      expect(failed.attempts).toBe(1);
      await slack.waitFor(
        'reactions.add',
        (x) => x.args.timestamp === ts && x.args.name === 'warning',
        10_000,
      );
      const post = await slack.waitFor(
        'chat.postMessage',
        (x) => String(x.args.text).includes('Not delivered to ada@customer.test'),
        10_000,
      );
      expect(post.args).toMatchObject({ channel, thread_ts: '1790000000.000001' });
      await sleep(1000);
      expect(
        slack
          .callsOf('reactions.add')
          .filter((x) => x.args.timestamp === ts && x.args.name === 'email'),
      ).toEqual([]);
    } finally {
      await sink.start(port);
    }
  });
});
