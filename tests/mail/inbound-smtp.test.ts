import { sql } from 'drizzle-orm';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails } from '../../db/schema';
import { configureMailIdentity } from '../../server/domain/outbox/mail-identity';
import { type InboundSmtp, startInboundSmtp } from '../../server/mail/smtp/inbound-smtp';
import { createTestApp, type TestApp } from '../support/app';

const MAX_BYTES = 64 * 1024;

let t: TestApp;
let admin: { token: string };
let smtp: InboundSmtp;
let mailboxId: string;

beforeAll(async () => {
  configureMailIdentity({ mailFrom: 'Acme <crm@acme.test>', publicUrl: 'http://crm.test' });
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
  // A mailbox reached over SMTP only: no IMAP server.
  const r = await t.call('POST', '/api/email-accounts', {
    token: admin.token,
    body: { name: 'Support', emailAddress: 'Support@Acme.test' },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  mailboxId = r.body.id;
  smtp = await startInboundSmtp({
    port: 0,
    host: '127.0.0.1',
    services: t.services,
    log: pino({ level: 'silent' }),
    maxBytes: MAX_BYTES,
  });
});
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

/** The customer's mail client, talking to our listener directly. */
const customer = () =>
  nodemailer.createTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
  });

let seq = 0;
const message = (to: string | string[], extra: Partial<SendMailOptions> = {}) => {
  const messageId = `<smtp${++seq}.${Date.now()}@customer.test>`;
  return {
    messageId,
    mail: {
      from: 'Carla Customer <carla@customer.test>',
      to,
      subject: `Cannot log in (${seq})`,
      text: 'Since this morning the portal says my password is wrong.',
      messageId,
      ...extra,
    } satisfies SendMailOptions,
  };
};

const inbound = (messageId: string) =>
  t.database.db
    .select()
    .from(emails)
    .where(sql`${emails.messageId} = ${messageId} and ${emails.direction} = 'in'`);

const inboundCount = async () =>
  (await t.database.db.select().from(emails).where(sql`${emails.direction} = 'in'`)).length;

type SmtpError = Error & { responseCode?: number; rejectedErrors?: SmtpError[] };
const codeOf = (err: SmtpError) => err.responseCode ?? err.rejectedErrors?.[0]?.responseCode;

describe('inbound SMTP listener', () => {
  it('stores mail for a support address and opens a case, before answering 250', async () => {
    const { messageId, mail } = message('support@acme.test');
    const info = await customer().sendMail(mail);
    expect(info.accepted).toEqual(['support@acme.test']);
    expect(info.response).toMatch(/^250 /);

    const [row] = await inbound(messageId);
    expect(row).toMatchObject({
      source: 'smtp',
      emailAccountId: mailboxId,
      status: 'Imported',
      parentType: 'Case',
      to: ['support@acme.test'],
    });
    const kase = await t.call('GET', `/api/cases/${row!.parentId}`, { token: admin.token });
    expect(kase.status).toBe(200);
    expect(kase.body.name).toBe(mail.subject);
  });

  it('refuses any other recipient with 550 and stores nothing (never an open relay)', async () => {
    const before = await inboundCount();
    const { messageId, mail } = message('someone@elsewhere.test');
    const err = (await customer()
      .sendMail(mail)
      .then(
        () => null,
        (e) => e,
      )) as SmtpError | null;
    expect(err).not.toBeNull();
    expect(codeOf(err!)).toBe(550);
    expect(await inbound(messageId)).toHaveLength(0);
    expect(await inboundCount()).toBe(before);

    // With one good and one foreign recipient, only ours is accepted.
    const mixed = message(['support@acme.test', 'victim@elsewhere.test']);
    const info = await customer().sendMail(mixed.mail);
    expect(info.accepted).toEqual(['support@acme.test']);
    expect(info.rejected).toEqual(['victim@elsewhere.test']);
    expect(await inbound(mixed.messageId)).toMatchObject([{ emailAccountId: mailboxId }]);
  });

  it('accepts the MAIL_FROM address too', async () => {
    const { messageId, mail } = message('CRM@acme.test');
    await customer().sendMail(mail);
    expect((await inbound(messageId))[0]).toMatchObject({ source: 'smtp', emailAccountId: null });
  });

  it('answers 552 past the size cap and stores nothing', async () => {
    const before = await inboundCount();
    const big = message('support@acme.test', {
      text: 'x'.repeat(MAX_BYTES + 10_000),
    });
    const err = (await customer()
      .sendMail(big.mail)
      .then(
        () => null,
        (e) => e,
      )) as SmtpError | null;
    expect(err).not.toBeNull();
    expect(codeOf(err!)).toBe(552);
    expect(await inbound(big.messageId)).toHaveLength(0);
    expect(await inboundCount()).toBe(before);
  });

  it('answers 451 when it cannot store the message, so the sender retries and it arrives', async () => {
    const { messageId, mail } = message('support@acme.test');
    await t.database.db.execute(sql`alter table emails rename to emails_away`);
    let err: SmtpError | null;
    try {
      err = await customer()
        .sendMail(mail)
        .then(
          () => null,
          (e) => e,
        );
    } finally {
      await t.database.db.execute(sql`alter table emails_away rename to emails`);
    }
    expect(err).not.toBeNull();
    expect(codeOf(err!)).toBe(451);

    const info = await customer().sendMail(mail); // the sending server's retry
    expect(info.response).toMatch(/^250 /);
    expect(await inbound(messageId)).toHaveLength(1);
  });
});
