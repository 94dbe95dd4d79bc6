import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import pino from 'pino';
import { emailAccounts } from '../../db/schema';
import { configureMailIdentity } from '../../server/domain/outbox/mail-identity';
import { createApp } from '../../server/http/app';
import type { TestApp } from '../support/app';

export const INBOUND_TOKEN = 'inbound-token-of-the-test-suite';

/** The test app's services behind an app that has INBOUND_EMAIL_TOKEN set (the webhook on). */
export function inboundWebhook(t: TestApp, token = INBOUND_TOKEN) {
  configureMailIdentity({
    mailFrom: 'Acme Support <support@acme.test>',
    publicUrl: 'http://localhost:3000',
  });
  const app = createApp(t.services, {
    log: pino({ level: 'silent' }),
    tokenTtlHours: 24,
    inboundEmailToken: token,
  });
  return async (raw: Buffer | string, opts: { token?: string | null } = {}) => {
    const headers: Record<string, string> = { 'Content-Type': 'message/rfc822' };
    const bearer = opts.token === undefined ? token : opts.token;
    if (bearer !== null) headers.Authorization = `Bearer ${bearer}`;
    const res = await app.request('/api/inbound/email', {
      method: 'POST',
      headers,
      body: typeof raw === 'string' ? raw : new Uint8Array(raw),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

/** A realistic raw message, as a customer's mail client would write it (nodemailer). */
export function compose(mail: Mail.Options): Promise<Buffer> {
  return new MailComposer(mail).compile().build();
}

/** A mailbox as an admin configures it (the test only needs the routing settings). */
export async function addMailbox(
  t: TestApp,
  values: Partial<typeof emailAccounts.$inferInsert> & { emailAddress: string },
) {
  const [box] = await t.database.db
    .insert(emailAccounts)
    .values({ name: values.emailAddress, ...values })
    .returning();
  return box!;
}
