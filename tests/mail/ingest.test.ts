import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, emails } from '../../db/schema';
import { systemActor } from '../../server/domain/access/actor';
import { caseMessageId } from '../../server/domain/cases/case-token';
import { withActor } from '../../server/domain/context';
import { INBOUND_LIMITS } from '../../server/domain/inbox/inbound-limits';
import { ingestEmail } from '../../server/domain/inbox/ingest-email';
import { resumeReceivedEmails } from '../../server/domain/inbox/resume-received';
import { storeInboundEmail } from '../../server/domain/inbox/store-inbound-email';
import { createTestApp, type TestApp } from '../support/app';
import { addMailbox, compose, inboundWebhook } from './inbound-helpers';

let t: TestApp;
let admin: { id: string; token: string };
let post: ReturnType<typeof inboundWebhook>;
let n = 0;

/** A customer's message with a fresh Message-ID. */
const mail = (opts: Parameters<typeof compose>[0] & { from: string }) =>
  compose({
    to: 'support@acme.test',
    subject: 'Printer on fire',
    text: 'Hello, the printer is on fire.',
    messageId: `<m${++n}.${Date.now()}@mail.customer.test>`,
    ...opts,
  });

const caseOf = async (id: string) =>
  (await t.call('GET', `/api/cases/${id}`, { token: admin.token })).body;
const notesOf = async (caseId: string) =>
  (
    await t.call(
      'GET',
      `/api/notes?filter=${encodeURIComponent(JSON.stringify({ parentType: 'Case', parentId: caseId }))}&sort=["createdAt","ASC"]`,
      { token: admin.token },
    )
  ).body as any[];
const emailOf = async (id: string) =>
  (await t.call('GET', `/api/emails/${id}`, { token: admin.token })).body;

beforeAll(async () => {
  t = await createTestApp();
  post = inboundWebhook(t);
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

describe('e-mail to case', () => {
  it('opens a case with the sender as contact, the text as description and an EmailReceived note', async () => {
    const raw = await mail({
      from: '"Jane Q. Doe" <Jane.Doe@customer.test>',
      subject: 'Invoice question',
      text: 'Why was I charged twice?',
      attachments: [{ filename: 'invoice.pdf', content: Buffer.from('%PDF-1.4 test') }],
    });
    const r = await post(raw);
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ status: 'Imported', duplicate: false });
    const c = await caseOf(r.body.caseId);
    expect(c).toMatchObject({
      name: 'Invoice question',
      description: 'Why was I charged twice?',
      status: 'New',
    });
    const contact = await t.call('GET', `/api/contacts/${c.contactId}`, { token: admin.token });
    expect(contact.body).toMatchObject({
      firstName: 'Jane Q.',
      lastName: 'Doe',
      emailAddress: 'jane.doe@customer.test',
    });
    const [note] = (await notesOf(c.id)).filter((x) => x.type === 'EmailReceived');
    expect(note).toMatchObject({ post: 'Why was I charged twice?', isInternal: false });
    expect(note.data).toMatchObject({
      emailId: r.body.id,
      from: 'Jane.Doe@customer.test',
      fromName: 'Jane Q. Doe',
      subject: 'Invoice question',
      attachments: ['invoice.pdf'],
    });

    const email = await emailOf(r.body.id);
    expect(email).toMatchObject({
      parentType: 'Case',
      parentId: c.id,
      bodyText: 'Why was I charged twice?',
    });
    expect(email.raw).toBeUndefined();
    const file = await t.app.request(email.attachments[0].link, {
      headers: { Authorization: `Bearer ${admin.token}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('Content-Disposition')).toContain('attachment; filename="invoice.pdf"');
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe('%PDF-1.4 test');
  });

  it('stores a message that arrives twice once, with one case', async () => {
    const raw = await mail({ from: 'twice@customer.test', subject: 'Sent twice' });
    const first = await post(raw);
    const second = await post(raw);
    expect(second.status).toBe(202);
    expect(second.body).toEqual({ ...first.body, duplicate: true });
    const list = await t.call(
      'GET',
      `/api/emails?filter=${encodeURIComponent(JSON.stringify({ from: 'TWICE@customer.test' }))}`,
      { token: admin.token },
    );
    expect(list.body).toHaveLength(1);
    const theirs = await t.database.db.select().from(cases).where(eq(cases.name, 'Sent twice'));
    expect(theirs).toHaveLength(1);
  });

  it('recognises a retried delivery of a message without Message-ID', async () => {
    const raw = Buffer.from('From: nomid@customer.test\r\nSubject: No id\r\n\r\nHello\r\n');
    const first = await post(raw);
    const second = await post(raw);
    expect(second.body).toMatchObject({ id: first.body.id, duplicate: true });
    expect((await emailOf(first.body.id)).messageId).toMatch(
      /^<sha256-[0-9a-f]{64}@no-message-id\.invalid>$/,
    );
  });
});

describe('replies', () => {
  it('joins the case our reply came from, and reopens it when it was closed', async () => {
    const first = await post(
      await mail({ from: 'Bob Stone <bob@customer.test>', subject: 'VPN down' }),
    );
    const caseId = first.body.caseId;
    const sent = await t.call('POST', `/api/cases/${caseId}/reply`, {
      token: admin.token,
      body: { body: 'Please restart the router.' },
    });
    expect(sent.status).toBe(201);
    const ours = await emailOf(sent.body.emailId);
    expect(ours.messageId).toMatch(/^<case\./);
    expect(
      (
        await t.call('PUT', `/api/cases/${caseId}`, {
          token: admin.token,
          body: { status: 'Closed' },
        })
      ).status,
    ).toBe(200);

    const reply = await mail({
      from: 'Bob Stone <bob@customer.test>',
      subject: 'Re: something else entirely',
      inReplyTo: ours.messageId,
      references: [(await emailOf(first.body.id)).messageId, ours.messageId],
      text: 'Still down.\n\nOn Tue, 27 Nov 2026, Acme Support <support@acme.test> wrote:\n> Please restart the router.\n',
    });
    const r = await post(reply);
    expect(r.body).toMatchObject({ status: 'Imported', caseId });
    expect((await caseOf(caseId)).status).toBe('New');
    const notes = await notesOf(caseId);
    const update = notes.find((x) => x.type === 'Update' && x.data.reopened);
    expect(update.data.fields.status).toEqual({ was: 'Closed', became: 'New' });
    const received = notes.filter((x) => x.type === 'EmailReceived');
    expect(received.map((x) => x.post).sort()).toEqual([
      'Hello, the printer is on fire.',
      'Still down.',
    ]);
    // The e-mail keeps everything the customer wrote.
    expect((await emailOf(r.body.id)).bodyText).toContain('> Please restart the router.');
  });

  it('joins by References naming the customer’s first message, and by our signed token alone', async () => {
    const first = await post(await mail({ from: 'carla@customer.test', subject: 'Login fails' }));
    const firstId = (await emailOf(first.body.id)).messageId;
    const byThread = await post(
      await mail({
        from: 'carla@customer.test',
        subject: 'Re: Login fails',
        references: [firstId],
      }),
    );
    expect(byThread.body.caseId).toBe(first.body.caseId);
    // A provider that rewrote our Message-ID on the way out: the signed token still names the case.
    const token = caseMessageId(first.body.caseId, 'acme.test');
    const byToken = await post(
      await mail({ from: 'carla@customer.test', subject: 'Hello again', inReplyTo: token }),
    );
    expect(byToken.body.caseId).toBe(first.body.caseId);
    // A forged token (the signature does not match) is worth nothing.
    const forged = token.replace(/\.([0-9a-f]{16})@/, '.0000000000000000@');
    const byForgery = await post(
      await mail({ from: 'carla@customer.test', subject: 'Forged', inReplyTo: forged }),
    );
    expect(byForgery.body.caseId).not.toBe(first.body.caseId);
  });

  it('accepts a [#n] subject tag only from people on that case’s thread', async () => {
    const first = await post(
      await mail({
        from: 'dora@customer.test',
        cc: 'erik@customer.test',
        subject: 'Broken screen',
      }),
    );
    const c = await caseOf(first.body.caseId);
    const tag = `Re: ${c.number.replace('#', '[#')}] Broken screen`;

    const stranger = await post(await mail({ from: 'mallory@evil.test', subject: tag }));
    expect(stranger.body.status).toBe('Imported');
    expect(stranger.body.caseId).not.toBe(c.id);
    expect((await notesOf(c.id)).filter((x) => x.type === 'EmailReceived')).toHaveLength(1);

    const contact = await post(await mail({ from: 'Dora@Customer.test', subject: tag }));
    expect(contact.body.caseId).toBe(c.id);
    const copied = await post(await mail({ from: 'erik@customer.test', subject: tag }));
    expect(copied.body.caseId).toBe(c.id);
  });
});

describe('automatic mail and bounces', () => {
  it('keeps an out-of-office reply as Ignored: no case, no note on the case it answers', async () => {
    const first = await post(await mail({ from: 'fay@customer.test', subject: 'Order 12' }));
    const r = await post(
      await mail({
        from: 'fay@customer.test',
        subject: 'Automatic reply: Order 12',
        inReplyTo: (await emailOf(first.body.id)).messageId,
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    );
    expect(r.body).toMatchObject({ status: 'Ignored', caseId: null });
    expect((await emailOf(r.body.id)).error).toBe('Automatic mail: Auto-Submitted: auto-replied');
    expect(
      (await notesOf(first.body.caseId)).filter((x) => x.type === 'EmailReceived'),
    ).toHaveLength(1);
  });

  it('ignores mail from our own address (no loops)', async () => {
    const r = await post(await mail({ from: 'Acme <SUPPORT@acme.test>', subject: 'Loop?' }));
    expect(r.body).toMatchObject({ status: 'Ignored', caseId: null });
  });

  it('marks our bounced reply Failed with the server’s reason; a delay warning changes nothing', async () => {
    const first = await post(await mail({ from: 'gus@customer.test', subject: 'Refund' }));
    const sent = await t.call('POST', `/api/cases/${first.body.caseId}/reply`, {
      token: admin.token,
      body: { body: 'Refund done.' },
    });
    const ours = await emailOf(sent.body.emailId);
    const dsn = (action: string, id: string) =>
      [
        'From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>',
        'To: support@acme.test',
        `Subject: ${action === 'failed' ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail'}`,
        `Message-ID: <${action}.${id}@mx.customer.test>`,
        'Auto-Submitted: auto-replied',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain',
        '',
        'Your message could not be delivered.',
        '--b1',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.customer.test',
        '',
        'Final-Recipient: rfc822; gus@customer.test',
        `Action: ${action}`,
        'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550 5.1.1 <gus@customer.test>: Recipient address rejected: User unknown',
        '',
        '--b1',
        'Content-Type: text/rfc822-headers',
        '',
        'From: Acme Support <support@acme.test>',
        `Message-ID: ${ours.messageId}`,
        'Subject: Re: Refund',
        '--b1--',
        '',
      ].join('\r\n');

    const delayed = await post(dsn('delayed', '1'));
    expect(delayed.body).toMatchObject({ status: 'Ignored', caseId: null });
    expect((await emailOf(delayed.body.id)).error).toMatch(/^Delivery delayed/);
    expect((await emailOf(ours.id)).status).toBe('Queued');

    const bounce = await post(dsn('failed', '2'));
    expect(bounce.body).toMatchObject({ status: 'Ignored', caseId: null });
    expect((await emailOf(bounce.body.id)).error).toMatch(/^Bounce: 550 5\.1\.1/);
    const failed = await emailOf(ours.id);
    expect(failed.status).toBe('Failed');
    expect(failed.error).toContain('Recipient address rejected');

    // A plain-text bounce from an unusual sender that only quotes our Message-ID in its text.
    const second = await t.call('POST', `/api/cases/${first.body.caseId}/reply`, {
      token: admin.token,
      body: { body: 'Second try.' },
    });
    const ours2 = await emailOf(second.body.emailId);
    const plain = await post(
      [
        'From: Relay <relay@mx.other.test>',
        'Return-Path: <>',
        'To: support@acme.test',
        'Subject: Undeliverable: Re: Refund',
        'Message-ID: <plain-bounce@mx.other.test>',
        '',
        `Your message ${ours2.messageId} could not be delivered: mailbox full.`,
        '',
      ].join('\r\n'),
    );
    expect(plain.body).toMatchObject({ status: 'Ignored', caseId: null });
    expect((await emailOf(ours2.id)).status).toBe('Failed');
  });
});

describe('mailboxes', () => {
  it('routes by the mailbox the message was addressed to: acknowledgement, at most 5 per sender', async () => {
    const box = await addMailbox(t, { emailAddress: 'help@acme.test', autoReply: true });
    const results = [];
    for (let i = 0; i < 6; i++) {
      results.push(
        await post(
          await mail({ from: 'hugo@customer.test', to: 'Help <HELP@acme.test>', subject: `Q${i}` }),
        ),
      );
    }
    expect(new Set(results.map((r) => r.body.caseId)).size).toBe(6);
    expect((await emailOf(results[0]!.body.id)).emailAccountId).toBe(box.id);
    expect((await caseOf(results[0]!.body.caseId)).inboundEmailAccountId).toBe(box.id);
    const acks = await t.database.db
      .select()
      .from(emails)
      .where(and(eq(emails.direction, 'out'), eq(emails.emailAccountId, box.id)));
    expect(acks).toHaveLength(INBOUND_LIMITS.acknowledgementsPerSender.points);
    expect(acks[0]).toMatchObject({ to: ['hugo@customer.test'], from: 'help@acme.test' });
    expect(acks[0]!.headers).toMatchObject({
      'Auto-Submitted': 'auto-replied',
      Precedence: 'auto_reply',
    });
  });

  it('keeps mail of a mailbox that opens no cases as Ignored', async () => {
    await addMailbox(t, { emailAddress: 'sales@acme.test', createCase: false });
    const r = await post(await mail({ from: 'ivy@customer.test', to: 'sales@acme.test' }));
    expect(r.body).toMatchObject({ status: 'Ignored', caseId: null });
  });
});

describe('quarantine and replay', () => {
  it('quarantines a message without a sender; only admins replay, only what can be replayed', async () => {
    const raw = Buffer.from('Subject: who am I\r\nMessage-ID: <nofrom.1@x.test>\r\n\r\nHello\r\n');
    const r = await post(raw);
    expect(r.body).toMatchObject({ status: 'Quarantined', caseId: null });
    const email = await emailOf(r.body.id);
    expect(email.error).toBe('No sender address');

    const agent = await t.user({
      permissions: { Case: { read: 'all', edit: 'all', create: 'yes' } },
    });
    const refused = await t.call('POST', `/api/emails/${r.body.id}/replay`, { token: agent.token });
    expect(refused.status).toBe(403);
    const again = await t.call('POST', `/api/emails/${r.body.id}/replay`, { token: admin.token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      id: r.body.id,
      status: 'Quarantined',
      error: 'No sender address',
    });

    const imported = await post(await mail({ from: 'jack@customer.test' }));
    const conflict = await t.call('POST', `/api/emails/${imported.body.id}/replay`, {
      token: admin.token,
    });
    expect(conflict.status).toBe(409);

    const rawDownload = await t.app.request(`/api/emails/${r.body.id}/raw`, {
      headers: { Authorization: `Bearer ${admin.token}` },
    });
    expect(Buffer.from(await rawDownload.arrayBuffer()).equals(raw)).toBe(true);
    const rawRefused = await t.call('GET', `/api/emails/${r.body.id}/raw`, { token: agent.token });
    expect(rawRefused.status).toBe(403);
  });

  it('quarantines a flood of new cases from one sender, and replays it once the hour is over', async () => {
    const ctx = withActor(t.services, systemActor);
    const limit = INBOUND_LIMITS.newCasesPerSender.points;
    for (let i = 0; i < limit; i++) {
      const ok = await ingestEmail(ctx, {
        raw: await mail({ from: 'flood@spam.test', subject: `F${i}` }),
        source: 'smtp',
      });
      expect(ok.status).toBe('Imported');
    }
    const over = await post(await mail({ from: 'flood@spam.test', subject: 'One too many' }));
    expect(over.body).toMatchObject({ status: 'Quarantined', caseId: null });
    expect((await emailOf(over.body.id)).error).toBe('Too many new cases from this sender');
    // Replies to existing cases are not new cases: they still get through.
    const existing = await t.database.db.select().from(cases).where(eq(cases.name, 'F0'));
    const reply = await post(
      await mail({ from: 'flood@spam.test', subject: `Re: [#${existing[0]!.number}] F0` }),
    );
    expect(reply.body).toMatchObject({ status: 'Imported', caseId: existing[0]!.id });

    const tooEarly = await t.call('POST', `/api/emails/${over.body.id}/replay`, {
      token: admin.token,
    });
    expect(tooEarly.body.status).toBe('Quarantined');
    t.clock.advance(INBOUND_LIMITS.newCasesPerSender.seconds * 1000);
    const replayed = await t.call('POST', `/api/emails/${over.body.id}/replay`, {
      token: admin.token,
    });
    expect(replayed.status).toBe(200);
    expect(replayed.body).toMatchObject({ status: 'Imported', parentType: 'Case', error: null });
    expect((await caseOf(replayed.body.parentId)).name).toBe('One too many');
  });

  it('routes a message left Received by a crash, once, however many processes sweep', async () => {
    const ctx = withActor(t.services, systemActor);
    const stored = await storeInboundEmail(ctx, {
      raw: await mail({ from: 'kim@customer.test', subject: 'Stored before a crash' }),
      source: 'smtp',
    });
    expect((await emailOf(stored.id)).status).toBe('Received');
    expect(await resumeReceivedEmails(ctx, 60)).toBe(0); // too fresh: maybe still being routed
    t.clock.advance(61_000);
    const swept = await Promise.all([resumeReceivedEmails(ctx, 60), resumeReceivedEmails(ctx, 60)]);
    expect(swept[0] + swept[1]).toBe(1);
    const email = await emailOf(stored.id);
    expect(email.status).toBe('Imported');
    const theirs = await t.database.db
      .select()
      .from(cases)
      .where(eq(cases.name, 'Stored before a crash'));
    expect(theirs).toHaveLength(1);
    expect(email.parentId).toBe(theirs[0]!.id);
  });
});

describe('the webhook and the emails resource', () => {
  it('refuses a missing or wrong token, and does not exist without INBOUND_EMAIL_TOKEN', async () => {
    const raw = await mail({ from: 'leo@customer.test' });
    expect((await post(raw, { token: null })).status).toBe(401);
    expect((await post(raw, { token: 'wrong' })).status).toBe(401);
    const off = await t.app.request('/api/inbound/email', {
      method: 'POST',
      body: new Uint8Array(raw),
    });
    expect(off.status).toBe(404);
    const none = await t.database.db
      .select()
      .from(emails)
      .where(eq(emails.from, 'leo@customer.test'));
    expect(none).toHaveLength(0);
  });

  it('accepts a message larger than the API’s 1 MiB limit', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 'a');
    const r = await post(
      await mail({
        from: 'mia@customer.test',
        subject: 'Big',
        attachments: [{ filename: 'big.bin', content: big }],
      }),
    );
    expect(r.status).toBe(202);
    expect((await emailOf(r.body.id)).attachments[0]).toMatchObject({
      name: 'big.bin',
      size: big.length,
    });
    // …while the rest of the API keeps its 1 MiB cap, and the webhook its own.
    const json = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'x', description: 'a'.repeat(2 * 1024 * 1024) },
    });
    expect(json.status).toBe(413);
    const huge = await post(Buffer.alloc(26 * 1024 * 1024, 'a'));
    expect(huge.status).toBe(413);
  });

  it('is read-only over REST', async () => {
    expect((await t.call('POST', '/api/emails', { token: admin.token, body: {} })).status).toBe(
      405,
    );
    const [any] = (await t.call('GET', '/api/emails?range=[0,0]', { token: admin.token })).body;
    expect(
      (await t.call('PUT', `/api/emails/${any.id}`, { token: admin.token, body: {} })).status,
    ).toBe(405);
    expect((await t.call('DELETE', `/api/emails/${any.id}`, { token: admin.token })).status).toBe(
      405,
    );
  });

  it('shows users only the e-mails of cases they may read', async () => {
    const agent = await t.user({
      permissions: { Case: { read: 'own', edit: 'own', stream: 'own' } },
    });
    const mine = await post(await mail({ from: 'nina@customer.test', subject: 'Mine' }));
    const other = await post(await mail({ from: 'otto@customer.test', subject: 'Not mine' }));
    await t.call('PUT', `/api/cases/${mine.body.caseId}`, {
      token: admin.token,
      body: { assignedUserId: agent.id },
    });
    const list = await t.call('GET', '/api/emails?range=[0,99]', { token: agent.token });
    expect(list.status).toBe(200);
    expect(list.body.map((e: any) => e.id)).toEqual([mine.body.id]);
    expect(list.headers.get('Content-Range')).toBe('emails 0-0/1');
    expect(
      (await t.call('GET', `/api/emails/${mine.body.id}`, { token: agent.token })).status,
    ).toBe(200);
    expect(
      (await t.call('GET', `/api/emails/${other.body.id}`, { token: agent.token })).status,
    ).toBe(403);

    const all = await t.call(
      'GET',
      `/api/emails?range=[0,199]&filter=${encodeURIComponent(JSON.stringify({ status: 'Quarantined', direction: 'in' }))}`,
      { token: admin.token },
    );
    expect(all.body.length).toBeGreaterThan(0);
    expect(all.body.every((e: any) => e.status === 'Quarantined')).toBe(true);
    const bad = await t.call('GET', `/api/emails?filter=${encodeURIComponent('{"raw":"x"}')}`, {
      token: admin.token,
    });
    expect(bad.status).toBe(400);
  });
});

describe('when the database cannot be reached', () => {
  it('answers 503, so the mail provider keeps the message and retries', async () => {
    const gone = await createTestApp();
    const postToGone = inboundWebhook(gone);
    await gone.close();
    const r = await postToGone(await mail({ from: 'pat@customer.test' }));
    expect(r.status).toBe(503);
    expect(r.body.message).not.toMatch(/at |postgres|sql/i);
  });
});
