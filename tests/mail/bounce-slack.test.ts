import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emails } from '../../db/schema';
import { loadActor, systemActor } from '../../server/domain/access/actor';
import { queueCaseReply } from '../../server/domain/case-mail/queue-case-reply';
import { withActor } from '../../server/domain/context';
import { ingestEmail } from '../../server/domain/inbox/ingest-email';
import { createTestApp, type TestApp } from '../support/app';
import { FakeSlack } from '../support/fake-slack';
import { SmtpSink } from '../support/smtp-sink';
import { sleep } from '../support/wait';
import { startWorkers, type TestWorkers } from '../support/workers';
import { compose, inboundWebhook } from './inbound-helpers';

let t: TestApp;
let slack: FakeSlack;
let smtp: SmtpSink;
let workers: TestWorkers;
let post: ReturnType<typeof inboundWebhook>;

beforeAll(async () => {
  t = await createTestApp();
  post = inboundWebhook(t);
  slack = await FakeSlack.start();
  smtp = await new SmtpSink().start();
  workers = await startWorkers(t, {
    slackApiUrl: slack.apiUrl,
    slackQueue: {},
    mail: { smtpUrl: smtp.url, from: 'Acme Support <support@acme.test>' },
  });
}, 60_000);

afterAll(async () => {
  await workers?.stop();
  await smtp?.stop();
  await slack?.close();
  await t?.close();
}, 30_000);

it('a bounce of a reply typed in Slack fails it: ✉️ goes, ⚠️ and the reason appear in the thread', async () => {
  const sys = withActor(t.services, systemActor);
  const first = await ingestEmail(sys, {
    raw: await compose({
      from: 'Quinn <quinn@customer.test>',
      to: 'support@acme.test',
      subject: 'Lost parcel',
      text: 'Where is my parcel?',
      messageId: '<lost.1@mail.customer.test>',
    }),
    source: 'webhook',
  });
  const agent = await t.user({ isAdmin: true, name: 'Sam Agent' });
  const agentCtx = withActor(t.services, (await loadActor(t.database.db, agent.id))!);
  const ts = '1790000000.000900';
  const { emailId } = await queueCaseReply(agentCtx, {
    caseId: first.caseId!,
    body: 'It is on its way.',
    slack: { channel: 'C0SUPPORT', ts },
  });
  await slack.waitFor(
    'reactions.add',
    (c) => c.args.timestamp === ts && c.args.name === 'email',
    20_000,
  );
  const [sent] = await t.database.db.select().from(emails).where(eq(emails.id, emailId));
  expect(sent!.status).toBe('Sent');

  const dsn = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>',
    'To: support@acme.test',
    'Subject: Undelivered Mail Returned to Sender',
    'Message-ID: <bounce.9@mx.customer.test>',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b9"',
    '',
    '--b9',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered.',
    '--b9',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.customer.test',
    '',
    'Final-Recipient: rfc822; quinn@customer.test',
    'Action: failed',
    'Status: 5.2.2',
    'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
    '',
    '--b9',
    'Content-Type: message/rfc822',
    '',
    'From: Acme Support <support@acme.test>',
    `Message-ID: ${sent!.messageId}`,
    'Subject: Re: Lost parcel',
    '',
    'It is on its way.',
    '--b9--',
    '',
  ].join('\r\n');
  const bounce = await post(dsn);
  expect(bounce.body).toMatchObject({ status: 'Ignored', caseId: null });
  const [failed] = await t.database.db.select().from(emails).where(eq(emails.id, emailId));
  expect(failed).toMatchObject({ status: 'Failed', error: 'Bounced: 552 5.2.2 Mailbox full' });

  await slack.waitFor(
    'reactions.remove',
    (c) => c.args.timestamp === ts && c.args.name === 'email',
    20_000,
  );
  await slack.waitFor(
    'reactions.add',
    (c) => c.args.timestamp === ts && c.args.name === 'warning',
    20_000,
  );
  const note = await slack.waitFor(
    'chat.postMessage',
    (c) => String(c.args.text).includes('Not delivered to quinn@customer.test'),
    20_000,
  );
  expect(String(note.args.text)).toContain('Mailbox full');
  // The same bounce posted again (a retried webhook) is one e-mail and says nothing twice.
  const again = await post(dsn);
  expect(again.body).toMatchObject({ id: bounce.body.id, duplicate: true });
  await sleep(1500);
  const told = slack
    .callsOf('chat.postMessage')
    .filter((c) => String(c.args.text).includes('Not delivered to quinn@customer.test'));
  expect(told).toHaveLength(1);
});
