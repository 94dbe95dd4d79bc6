import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails, notes } from '../../db/schema';
import { startMailWorker } from '../../server/jobs/mail-send';
import { type JobQueue, startJobQueue } from '../../server/jobs/queue';
import { createTestApp, type TestApp } from '../support/app';
import { header, SmtpSink } from '../support/smtp-sink';
import { sleep, waitFor } from '../support/wait';

const log = pino({ level: 'silent' });

/** An app whose services run a real queue and the mail worker (SMTP at `smtpUrl`, or none). */
async function setup(smtpUrl: string | undefined) {
  const t = await createTestApp();
  const queue = await startJobQueue(t.database, { log });
  const worker = await startMailWorker(queue, {
    smtpUrl,
    from: 'CRM <crm@example.test>',
    log,
    pollingIntervalSeconds: 0.5,
    queue: { retryDelay: 1, retryLimit: 5, retryBackoff: false },
  });
  t.services.jobs = queue.jobs;
  const admin = await t.user({ isAdmin: true });
  const call = (method: string, path: string, body?: unknown) =>
    t.call(method, path, { token: admin.token, body });
  return { t, queue, worker, call };
}

async function invoice(
  call: (m: string, p: string, b?: unknown) => Promise<{ status: number; body: any }>,
  contactEmail: string | null,
) {
  let billingContactId: string | undefined;
  if (contactEmail !== null) {
    const c = await call('POST', '/api/contacts', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      emailAddress: contactEmail,
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    billingContactId = c.body.id;
  }
  const r = await call('POST', '/api/invoices', {
    name: 'Consulting',
    billingContactId,
    items: [{ name: 'Day', quantity: '2', unitPrice: '500' }],
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; number: string };
}

const emailRow = (t: TestApp, id: string) =>
  t.database.db
    .select()
    .from(emails)
    .where(eq(emails.id, id))
    .then((r) => r[0]);

describe('send a document by e-mail over SMTP', () => {
  let sink: SmtpSink;
  let env: Awaited<ReturnType<typeof setup>>;
  let queue: JobQueue;

  beforeAll(async () => {
    sink = await new SmtpSink().start();
    env = await setup(`smtp://127.0.0.1:${sink.port}`);
    queue = env.queue;
  }, 60_000);
  afterAll(async () => {
    await env?.worker.stop();
    await queue?.stop();
    await sink?.stop();
    await env?.t.close();
  }, 30_000);

  it('mails the invoice PDF to the billing contact exactly once', async () => {
    sink.messages = [];
    const inv = await invoice(env.call, 'ada@example.test');
    const r = await env.call('POST', `/api/invoices/${inv.id}/send-email`, {});
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const { emailId } = r.body;
    const sent = await waitFor(async () => {
      const row = await emailRow(env.t, emailId);
      return row?.status === 'Sent' ? row : undefined;
    });
    expect(sent.messageId).toBeTruthy();
    expect(sent.attempts).toBe(1);
    expect(sent.attachments).toEqual([
      { filename: `${inv.number}.pdf`, contentType: 'application/pdf', size: expect.any(Number) },
    ]);
    await sleep(1500);
    expect(sink.messages).toHaveLength(1);
    const { raw, to } = sink.messages[0]!;
    expect(to).toEqual(['ada@example.test']);
    expect(header(raw, 'To')).toBe('ada@example.test');
    expect(header(raw, 'Subject')).toBe(`Invoice ${inv.number}`);
    expect(header(raw, 'From')).toBe('CRM <crm@example.test>');
    expect(raw).toMatch(/Content-Type: application\/pdf; name=("?)I-\d{5}\.pdf\1/);
    expect(raw).toContain(`filename=${inv.number}.pdf`);
    const stream = await env.t.database.db.select().from(notes).where(eq(notes.parentId, inv.id));
    expect(stream.filter((n) => n.type === 'EmailSent')).toMatchObject([
      { post: `Invoice ${inv.number}`, data: { emailId, to: ['ada@example.test'] } },
    ]);
  });

  it('answers 400 with a field error when there is no billing contact, and sends nothing', async () => {
    sink.messages = [];
    const inv = await invoice(env.call, null);
    const r = await env.call('POST', `/api/invoices/${inv.id}/send-email`, {});
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('No billing contact');
    const rows = await env.t.database.db.select().from(emails).where(eq(emails.parentId, inv.id));
    expect(rows).toEqual([]);
  });

  it('uses the French subject and an explicit recipient', async () => {
    sink.messages = [];
    const inv = await invoice(env.call, 'ada@example.test');
    const r = await env.call('POST', `/api/invoices/${inv.id}/send-email`, {
      to: 'compta@example.test',
      lang: 'fr',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    await waitFor(() => sink.messages.length === 1);
    expect(sink.messages[0]!.to).toEqual(['compta@example.test']);
    expect(header(sink.messages[0]!.raw, 'Subject')).toBe(`Facture ${inv.number}`);
  });

  it('retries through an SMTP outage and delivers once when the server is back', async () => {
    const port = sink.port;
    await sink.stop();
    sink.messages = [];
    const inv = await invoice(env.call, 'ada@example.test');
    const r = await env.call('POST', `/api/invoices/${inv.id}/send-email`, {});
    expect(r.status).toBe(202);
    const failed = await waitFor(async () => {
      const row = await emailRow(env.t, r.body.emailId);
      return row && row.attempts >= 1 && row.error ? row : undefined;
    });
    expect(failed.status).toBe('Queued');
    await sink.start(port);
    const sent = await waitFor(async () => {
      const row = await emailRow(env.t, r.body.emailId);
      return row?.status === 'Sent' ? row : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.error).toBeNull();
    await sleep(1500);
    expect(sink.messages).toHaveLength(1);
  }, 30_000);
});

describe('send a document by e-mail without SMTP_URL', () => {
  let env: Awaited<ReturnType<typeof setup>>;

  beforeAll(async () => {
    env = await setup(undefined);
  }, 60_000);
  afterAll(async () => {
    await env?.worker.stop();
    await env?.queue.stop();
    await env?.t.close();
  }, 30_000);

  it('keeps the e-mail in the outbox (Kept), with its PDF', async () => {
    const inv = await invoice(env.call, 'ada@example.test');
    const r = await env.call('POST', `/api/invoices/${inv.id}/send-email`, {});
    expect(r.status).toBe(202);
    const kept = await waitFor(async () => {
      const row = await emailRow(env.t, r.body.emailId);
      return row?.status === 'Kept' ? row : undefined;
    });
    expect(kept.attempts).toBe(0);
    expect(kept.attachments[0]!.size).toBeGreaterThan(1000);
  });
});
