import { and, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, emails, slackCards } from '../../db/schema';
import { configureMailIdentity } from '../../server/domain/outbox/mail-identity';
import { createApp } from '../../server/http/app';
import { type ImapPollers, startImapPollers } from '../../server/mail/imap/imap-pollers';
import { type InboundSmtp, startInboundSmtp } from '../../server/mail/smtp/inbound-smtp';
import { type Harness, PUBLIC_URL, startHarness } from '../bot/commands-harness';
import { type Dovecot, startDovecot } from '../support/dovecot';
import { header, SmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait';
import { startWorkers, type TestWorkers } from '../support/workers';

/**
 * The whole support loop (issue 4, "Done when"), once per way in: a customer's e-mail becomes a
 * case whose card and thread appear in the support channel; the agent answers in the thread; the
 * answer reaches the customer's mailbox threaded under their message; the customer answers that
 * (after the agent closed the case); the answer lands in the same case and thread and reopens it.
 * Every server is real: Dovecot (IMAP), our SMTP listener, the webhook, the SMTP sink standing in
 * for the outbound relay; Slack is the fake Web API with signed requests.
 */

const log = pino({ level: 'silent' });
const SUPPORT = 'CSUPPORTLOOP';
const INBOUND_TOKEN = 'e2e-inbound-token';

let h: Harness;
let workers: TestWorkers;
let sink: SmtpSink;
let dovecot: Dovecot;
let pollers: ImapPollers;
let smtpIn: InboundSmtp;
let webhook: ReturnType<typeof createApp>;
let agent: { slackId: string; id: string; token: string };
let tsSeq = 0;

beforeAll(async () => {
  h = await startHarness();
  configureMailIdentity({ mailFrom: 'Acme Support <support@crm.test>', publicUrl: PUBLIC_URL });
  sink = await new SmtpSink().start();
  workers = await startWorkers(h.t, {
    slackApiUrl: h.fake.apiUrl,
    cards: { publicUrl: PUBLIC_URL },
    threads: true,
    mail: { smtpUrl: sink.url },
  });
  agent = await h.member({ name: 'Alice Agent', locale: 'en-US' });

  // The support channel follows cases.
  const res = await h.slack.command({
    command: '/crm',
    text: 'follow cases',
    user_id: agent.slackId,
    channel_id: SUPPORT,
    response_url: h.fake.responseUrl(),
  });
  expect(res.status).toBe(200);
  await h.fake.waitFor('response_url', (c) => String(c.args.text).includes('cases'));

  // Way in 1: an IMAP group mailbox on a real Dovecot, configured by an admin over REST.
  dovecot = await startDovecot();
  const box = await h.t.call('POST', '/api/email-accounts', {
    token: agent.token,
    body: {
      name: 'Help desk',
      emailAddress: 'help@crm.test',
      host: dovecot.host,
      port: dovecot.port,
      security: 'none',
      username: dovecot.user,
      password: dovecot.password,
      processedFolder: 'Processed',
      createCase: true,
    },
  });
  expect(box.status).toBe(201);
  pollers = startImapPollers({ services: h.t.services, log, pollSeconds: 2 });
  // Way in 2: our SMTP listener. Way in 3: the webhook.
  smtpIn = await startInboundSmtp({ port: 0, host: '127.0.0.1', services: h.t.services, log });
  webhook = createApp(h.t.services, { log, tokenTtlHours: 1, inboundEmailToken: INBOUND_TOKEN });
}, 90_000);

afterAll(async () => {
  await pollers?.stop();
  await smtpIn?.stop();
  await dovecot?.stop();
  await workers?.stop();
  await sink?.stop();
  await h?.close();
}, 30_000);

type Deliver = (raw: Buffer) => Promise<void>;

const ways: { name: string; to: string; deliver: () => Deliver }[] = [
  {
    name: 'IMAP mailbox',
    to: 'help@crm.test',
    deliver: () => async (raw) => {
      await dovecot.deliver(raw);
    },
  },
  {
    name: 'inbound SMTP',
    to: 'support@crm.test',
    deliver: () => async (raw) => {
      const transport = nodemailer.createTransport({
        host: '127.0.0.1',
        port: smtpIn.port,
        secure: false,
        ignoreTLS: true,
      });
      await transport.sendMail({
        envelope: { from: 'customer@customer.test', to: ['support@crm.test'] },
        raw,
      });
      transport.close();
    },
  },
  {
    name: 'webhook',
    to: 'support@crm.test',
    deliver: () => async (raw) => {
      const res = await webhook.request('/api/inbound/email', {
        method: 'POST',
        headers: { Authorization: `Bearer ${INBOUND_TOKEN}`, 'Content-Type': 'message/rfc822' },
        body: new Uint8Array(raw),
      });
      expect(res.status).toBe(202);
    },
  },
];

const inboundBy = (messageId: string) =>
  h.t.database.db
    .select()
    .from(emails)
    .where(and(eq(emails.messageId, messageId), eq(emails.direction, 'in')))
    .then((r) => r[0]);

describe.each(ways)('the support loop through the $name', (way) => {
  it('mail → case → Slack thread → threaded reply mail → customer reply in the same thread', async () => {
    const deliver = way.deliver();
    const slug = way.name.replace(/\W+/g, '-').toLowerCase();
    const customer = `jane-${slug}@customer.test`;
    const firstId = `<first-${slug}@customer.test>`;
    const subject = `Printer on fire (${way.name})`;

    // 1. The customer writes.
    await deliver(
      await new MailComposer({
        from: `Jane Doe <${customer}>`,
        to: way.to,
        subject,
        text: `The printer smokes since this morning (${way.name}).`,
        messageId: firstId,
      })
        .compile()
        .build(),
    );
    const first = await waitFor('the first e-mail on a case', async () => {
      const e = await inboundBy(firstId);
      return e?.parentId ? e : undefined;
    });
    const caseId = first.parentId!;
    const [kase] = await h.t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(kase!.name).toBe(subject);
    const number = `#${kase!.number}`;

    // 2. Its card in the support channel, and the e-mail in the card's thread.
    const mailPost = await h.fake.waitFor(
      'chat.postMessage',
      (c) =>
        c.args.channel === SUPPORT &&
        !!c.args.thread_ts &&
        String(c.args.text).includes(`The printer smokes since this morning (${way.name})`),
      20_000,
    );
    const threadTs = String(mailPost.args.thread_ts);
    const [card] = await h.t.database.db
      .select()
      .from(slackCards)
      .where(and(eq(slackCards.entityId, caseId), eq(slackCards.channel, SUPPORT)));
    expect(card?.ts).toBe(threadTs);

    // 3. The agent answers in the thread.
    const replyTs = `${Math.floor(Date.now() / 1000)}.${String(++tsSeq).padStart(6, '0')}`;
    h.t.clock.advance(1000);
    const ev = await h.slack.event({
      type: 'message',
      channel: SUPPORT,
      channel_type: 'channel',
      user: agent.slackId,
      text: `Please unplug it and tell us when it has cooled down (${way.name}).`,
      ts: replyTs,
      thread_ts: threadTs,
    });
    expect(ev.status).toBe(200);

    // 4. The reply reaches the customer threaded under their message, and ✉️ shows in Slack.
    const reply = await waitFor('the reply at the SMTP sink', async () =>
      sink.messages.find((m) => m.to.includes(customer)),
    );
    expect(header(reply.raw, 'Subject')).toContain(`[${number}]`);
    expect(header(reply.raw, 'In-Reply-To')).toBe(firstId);
    expect(header(reply.raw, 'References')).toContain(firstId);
    expect(header(reply.raw, 'Auto-Submitted')).toBeUndefined();
    expect(reply.raw).toContain('Please unplug it');
    const ourId = header(reply.raw, 'Message-ID')!;
    expect(ourId).toMatch(/^<case\./);
    await h.fake.waitFor(
      'reactions.add',
      (c) => c.args.timestamp === replyTs && c.args.name === 'email',
      20_000,
    );

    // 5. The agent closes the case; the customer answers the reply from their mail client.
    const closed = await h.t.call('PUT', `/api/cases/${caseId}`, {
      token: agent.token,
      body: { status: 'Closed' },
    });
    expect(closed.status).toBe(200);
    const answerId = `<answer-${slug}@customer.test>`;
    await deliver(
      await new MailComposer({
        from: `Jane Doe <${customer}>`,
        to: way.to,
        subject: `Re: ${header(reply.raw, 'Subject')}`,
        text: `It has cooled down, thanks (${way.name})!\n\nOn Fri, Alice Agent wrote:\n> Please unplug it and tell us when it has cooled down.\n`,
        messageId: answerId,
        inReplyTo: ourId,
        references: [firstId, ourId],
      })
        .compile()
        .build(),
    );

    // 6. Same case (reopened), same thread, quoted history left out.
    const answer = await waitFor('the customer reply on the case', async () => {
      const e = await inboundBy(answerId);
      return e?.parentId ? e : undefined;
    });
    expect(answer.parentId).toBe(caseId);
    const answerPost = await h.fake.waitFor(
      'chat.postMessage',
      (c) =>
        c.args.thread_ts === threadTs &&
        String(c.args.text).includes(`It has cooled down, thanks (${way.name})`),
      20_000,
    );
    expect(String(answerPost.args.text)).not.toContain('Please unplug it');
    const [after] = await h.t.database.db.select().from(cases).where(eq(cases.id, caseId));
    expect(['New', 'Assigned']).toContain(after!.status);
    await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.thread_ts === threadTs && /reopened/i.test(String(c.args.text)),
      20_000,
    );
    // One case for the conversation, one card in the channel.
    const cards = await h.t.database.db
      .select()
      .from(slackCards)
      .where(eq(slackCards.entityId, caseId));
    expect(cards).toHaveLength(1);
  }, 90_000);
});
