import { and, eq } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, emails, notes, slackCards, slackThreadPosts } from '../../db/schema';
import { systemActor } from '../../server/domain/access/actor';
import { withActor } from '../../server/domain/context';
import { ingestEmail } from '../../server/domain/inbox/ingest-email';
import { SLACK_THREAD_JOB } from '../../server/domain/notify/case-thread';
import { configureMailIdentity } from '../../server/domain/outbox/mail-identity';
import { type JobQueue, startJobQueue } from '../../server/jobs/queue';
import { jobWebClient } from '../../server/jobs/slack-api';
import { startSlackThreadWorker } from '../../server/jobs/slack-thread';
import type { SlackCall } from '../support/fake-slack';
import { header, SmtpSink } from '../support/smtp-sink';
import { sleep, waitFor } from '../support/wait';
import { startWorkers, type TestWorkers } from '../support/workers';
import { type Harness, PUBLIC_URL, startHarness, textOf } from './commands-harness';

type Member = { slackId: string; id: string; token: string };
const log = pino({ level: 'silent' });
const SUPPORT = 'CSUPPORT';

let h: Harness;
let workers: TestWorkers;
let otherProcess: JobQueue;
let sink: SmtpSink;
let alice: Member;
let caseId: string;
let caseNumber: string;
let cardTs: string;
let tsSeq = 0;
const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++tsSeq).padStart(6, '0')}`;

beforeAll(async () => {
  h = await startHarness();
  configureMailIdentity({ mailFrom: 'Acme Support <support@crm.test>', publicUrl: PUBLIC_URL });
  sink = await new SmtpSink().start();
  // A real queue and workers on the test database, as server/main.ts runs them.
  workers = await startWorkers(h.t, {
    slackApiUrl: h.fake.apiUrl,
    cards: { publicUrl: PUBLIC_URL },
    threads: true,
    mail: { smtpUrl: sink.url, queue: { retryDelay: 1, retryLimit: 3, retryBackoff: false } },
  });
  // A second server process on the same database runs thread jobs too.
  otherProcess = await startJobQueue(h.t.database, { log });
  await startSlackThreadWorker(otherProcess, {
    client: jobWebClient('xoxb-test', h.fake.apiUrl),
    log,
    pollingIntervalSeconds: 0.5,
    queue: { retryDelay: 1, retryLimit: 3 },
  });
  alice = await h.member({ locale: 'en-US', name: 'Alice Agent' });
}, 60_000);

afterAll(async () => {
  await otherProcess?.stop();
  await workers?.stop();
  await sink?.stop();
  await h?.close();
}, 30_000);

/** `/crm …` typed by a member in a channel; what it answered. */
const crm = (member: Member, text: string, channel = SUPPORT): Promise<SlackCall> =>
  h.command(member.slackId, '/crm', text, channel);

/** A customer's e-mail, through the one inbound pipeline (as the webhook, IMAP and SMTP do). */
async function customerWrites(mail: {
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string;
  attachments?: { filename: string; content: string }[];
}) {
  const raw = await new MailComposer({
    from: 'Jane Doe <jane@customer.test>',
    to: 'support@crm.test',
    ...mail,
    references: mail.inReplyTo,
  })
    .compile()
    .build();
  h.t.clock.advance(1000);
  return ingestEmail(withActor(h.t.services, systemActor), { raw, source: 'webhook' });
}

/** A person's message in a thread, as Slack delivers it (signed Events API request). */
async function threadMessage(
  user: string,
  text: string,
  opts: { threadTs?: string; channel?: string; ts?: string; eventId?: string } = {},
) {
  h.t.clock.advance(1000);
  const ts = opts.ts ?? nextTs();
  const res = await h.slack.event(
    {
      type: 'message',
      channel: opts.channel ?? SUPPORT,
      channel_type: 'channel',
      user,
      text,
      ts,
      thread_ts: opts.threadTs ?? cardTs,
    },
    opts.eventId ? { event_id: opts.eventId } : {},
  );
  expect(res.status).toBe(200);
  return ts;
}

/** A message shortcut on a message, as Slack posts it. */
function shortcut(
  callbackId: string,
  user: string,
  message: { ts: string; text: string; thread_ts?: string; user?: string; bot_id?: string },
  channel = SUPPORT,
) {
  return h.slack.interaction({
    type: 'message_action',
    callback_id: callbackId,
    user: { id: user, name: 'someone' },
    channel: { id: channel, name: 'support' },
    message_ts: message.ts,
    response_url: h.fake.responseUrl(),
    message: { type: 'message', user: message.user ?? user, ...message },
  });
}

const threadPosts = () =>
  h.fake
    .callsOf('chat.postMessage')
    .filter((c) => c.args.channel === SUPPORT && c.args.thread_ts === cardTs);
const waitThreadPost = (text: string) =>
  h.fake.waitFor(
    'chat.postMessage',
    (c) => c.args.channel === SUPPORT && c.args.thread_ts === cardTs && c.args.text.includes(text),
    15_000,
  );
const reactionOn = (ts: string, name: string) =>
  h.fake.waitFor(
    'reactions.add',
    (c) => c.args.timestamp === ts && c.args.name === name && c.args.channel === SUPPORT,
    15_000,
  );
const ephemeralTo = (user: string, text: string) =>
  h.fake.waitFor(
    'chat.postEphemeral',
    (c) => c.args.user === user && String(c.args.text).includes(text),
    10_000,
  );
const notesOf = (type: string) =>
  h.t.database.db
    .select()
    .from(notes)
    .where(and(eq(notes.parentId, caseId), eq(notes.type, type)));
const outbound = () =>
  h.t.database.db
    .select()
    .from(emails)
    .where(and(eq(emails.parentId, caseId), eq(emails.direction, 'out')));

describe('a case thread in a support channel', () => {
  it('posts a new case card, then the customer e-mail in its thread, once', async () => {
    const r = await crm(alice, 'follow cases');
    expect(r.args.text).toContain('now follows new *cases*');
    const result = await customerWrites({
      subject: 'Printer on fire',
      messageId: '<first@customer.test>',
      text: 'The printer smokes since this morning.\nWhat <b>now</b>?',
      attachments: [{ filename: 'smoke.jpg', content: 'jpeg bytes' }],
    });
    expect(result.caseId).toBeTruthy();
    caseId = result.caseId!;
    const [row] = await h.t.database.db.select().from(cases).where(eq(cases.id, caseId));
    caseNumber = `#${row!.number}`;

    const card = await h.fake.waitFor(
      'chat.postMessage',
      (c) => c.args.channel === SUPPORT && !c.args.thread_ts && textOf(c.args).includes(caseNumber),
      15_000,
    );
    const posted = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts, 15_000);
    cardTs = posted.args.thread_ts;
    expect(card.at).toBeLessThanOrEqual(posted.at);
    const mail = await waitThreadPost('The printer smokes');
    expect(mail.args.text).toContain('*Jane Doe* &lt;jane@customer.test&gt;');
    expect(mail.args.text).toContain('smoke.jpg');
    // The customer's text cannot turn into Slack markup.
    expect(mail.args.text).toContain('What &lt;b&gt;now&lt;/b&gt;?');
    await sleep(1500);
    expect(threadPosts().filter((c) => c.args.text.includes('printer smokes'))).toHaveLength(1);
  }, 40_000);

  it("e-mails an agent's thread reply with the case number and threading headers, and ✉️ on delivery", async () => {
    const before = sink.messages.length;
    const ts = await threadMessage(
      alice.slackId,
      `Hello Jane, *please* unplug it. See <https://help.test/fire|our guide>. <@${alice.slackId}> follows up.`,
    );
    const sent = await waitFor(() => sink.messages[before]);
    expect(sent.to).toEqual(['jane@customer.test']);
    expect(header(sent.raw, 'Subject')).toContain(`[${caseNumber}] Printer on fire`);
    expect(header(sent.raw, 'In-Reply-To')).toBe('<first@customer.test>');
    expect(sent.raw).toContain('our guide (https://help.test/fire)');
    // A mention reads as the member's name, not a Slack id.
    expect(sent.raw).toContain('@Alice Agent follows up');
    expect(sent.raw).not.toContain(alice.slackId);
    await reactionOn(ts, 'email');
    const replies = await notesOf('EmailSent');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.isInternal).toBe(false);
    expect(replies[0]!.data).toMatchObject({ slack: { channel: SUPPORT, ts } });
    // It was typed in this thread: not posted there a second time.
    await sleep(1500);
    expect(threadPosts().filter((c) => c.args.text.includes('unplug'))).toHaveLength(0);
  }, 30_000);

  it('keeps a 🔒 reply as an internal note: no e-mail, a lock reaction at once', async () => {
    const mailsBefore = (await outbound()).length;
    const ts = await threadMessage(alice.slackId, ':lock: checked logs, fan is dead');
    await reactionOn(ts, 'lock');
    const posts = await notesOf('Post');
    const note = posts.find((n) => n.post?.includes('checked logs'));
    expect(note?.isInternal).toBe(true);
    expect(note?.post).toBe('checked logs, fan is dead');
    await sleep(1000);
    expect(await outbound()).toHaveLength(mailsBefore);
  }, 20_000);

  it('processes a message Slack delivers twice only once', async () => {
    const before = sink.messages.length;
    const ts = nextTs();
    await threadMessage(alice.slackId, 'A new fan ships today.', { ts, eventId: 'EvTWICE1' });
    await threadMessage(alice.slackId, 'A new fan ships today.', { ts, eventId: 'EvTWICE1' });
    // Even as another delivery of the same message (a new event id, e.g. over Socket Mode).
    await threadMessage(alice.slackId, 'A new fan ships today.', { ts, eventId: 'EvTWICE2' });
    await reactionOn(ts, 'email');
    await sleep(2000);
    expect(sink.messages.slice(before)).toHaveLength(1);
    expect((await outbound()).filter((e) => e.slackTs === ts)).toHaveLength(1);
  }, 30_000);

  it('warns an unlinked member with ⚠️ and how to get linked; stores nothing', async () => {
    h.fake.addUser({ id: 'UNOBODY', email: 'nobody@elsewhere.test', name: 'Nobody' });
    const notesBefore = (
      await h.t.database.db.select().from(notes).where(eq(notes.parentId, caseId))
    ).length;
    const mailsBefore = (await outbound()).length;
    const ts = await threadMessage('UNOBODY', 'I will answer this one');
    await reactionOn(ts, 'warning');
    const eph = await ephemeralTo('UNOBODY', 'not linked');
    expect(eph.args.thread_ts).toBe(cardTs);
    await sleep(1000);
    const after = await h.t.database.db.select().from(notes).where(eq(notes.parentId, caseId));
    expect(after).toHaveLength(notesBefore);
    expect(await outbound()).toHaveLength(mailsBefore);
  }, 20_000);

  it('says why a reply was not sent: no customer address, no right to edit the case', async () => {
    const r = await h.t.call('POST', '/api/cases', {
      token: alice.token,
      body: { name: 'Printer audit' },
    });
    expect(r.status).toBe(201);
    await h.fake.waitFor(
      'chat.postMessage',
      (c) =>
        c.args.channel === SUPPORT && !c.args.thread_ts && textOf(c.args).includes(r.body.number),
      15_000,
    );
    const auditTs = await waitFor(async () => {
      const [card] = await h.t.database.db
        .select()
        .from(slackCards)
        .where(and(eq(slackCards.entityId, r.body.id), eq(slackCards.channel, SUPPORT)));
      return card?.ts;
    });
    const ts = await threadMessage(alice.slackId, 'We will check it', { threadTs: auditTs });
    await reactionOn(ts, 'warning');
    await ephemeralTo(alice.slackId, 'This case has no customer e-mail address.');
    const mails = await h.t.database.db.select().from(emails).where(eq(emails.parentId, r.body.id));
    expect(mails).toHaveLength(0);

    const viewer = await h.member({
      isAdmin: false,
      name: 'Victor Viewer',
      permissions: { Case: { create: 'no', read: 'all', edit: 'no', delete: 'no', stream: 'all' } },
    });
    const mailsBefore = (await outbound()).length;
    const ts2 = await threadMessage(viewer.slackId, 'Let me reply to this');
    await reactionOn(ts2, 'warning');
    await ephemeralTo(viewer.slackId, 'You are not allowed to do that.');
    await sleep(500);
    expect(await outbound()).toHaveLength(mailsBefore);
  }, 30_000);

  it('ignores messages in other threads and in channels that are not support channels', async () => {
    const calls = h.fake.calls.length;
    const notesBefore = (
      await h.t.database.db.select().from(notes).where(eq(notes.parentId, caseId))
    ).length;
    await threadMessage(alice.slackId, 'chit-chat', { threadTs: '1700000000.000001' });
    await threadMessage(alice.slackId, 'elsewhere', { channel: 'CRANDOM' });
    await sleep(1500);
    const mine = h.fake.calls.slice(calls).filter((c) => c.method !== 'users.info');
    expect(
      mine.filter((c) => c.method.startsWith('reactions') || c.method === 'chat.postEphemeral'),
    ).toHaveLength(0);
    const after = await h.t.database.db.select().from(notes).where(eq(notes.parentId, caseId));
    expect(after).toHaveLength(notesBefore);
  }, 20_000);

  it('shows a status change as a one-line thread message, once', async () => {
    h.t.clock.advance(1000);
    const r = await h.t.call('PUT', `/api/cases/${caseId}`, {
      token: alice.token,
      body: { status: 'Pending' },
    });
    expect(r.status).toBe(200);
    const line = await waitThreadPost('Status: New → Pending');
    expect(line.args.text).toBe('Status: New → Pending (by Alice Agent)');
    await sleep(1500);
    expect(threadPosts().filter((c) => c.args.text.includes('→ Pending'))).toHaveLength(1);
  }, 30_000);

  it('shows an assignment, and replies and internal notes written in the admin panel', async () => {
    h.t.clock.advance(1000);
    const r = await h.t.call('PUT', `/api/cases/${caseId}`, {
      token: alice.token,
      body: { assignedUserId: alice.id },
    });
    expect(r.status).toBe(200);
    const assigned = await waitThreadPost('Assigned to');
    expect(assigned.args.text).toBe('Assigned to *Alice Agent* (by Alice Agent)');

    h.t.clock.advance(1000);
    const internal = await h.t.call('POST', `/api/cases/${caseId}/reply`, {
      token: alice.token,
      body: { body: 'Customer is on the premium plan', internal: true },
    });
    expect(internal.status).toBe(201);
    const note = await waitThreadPost('premium plan');
    expect(note.args.text).toBe(
      ':lock: *Alice Agent* (internal note): Customer is on the premium plan',
    );

    h.t.clock.advance(1000);
    const reply = await h.t.call('POST', `/api/cases/${caseId}/reply`, {
      token: alice.token,
      body: { body: 'We will call you tomorrow.' },
    });
    expect(reply.status).toBe(201);
    const mailed = await waitThreadPost('call you tomorrow');
    expect(mailed.args.text).toBe(
      ':outbox_tray: *Alice Agent* replied by e-mail to jane@customer.test:\nWe will call you tomorrow.',
    );
    // Back to unassigned, so the customer's reply below reopens it as New.
    h.t.clock.advance(1000);
    await h.t.call('PUT', `/api/cases/${caseId}`, {
      token: alice.token,
      body: { assignedUserId: null, status: 'Pending' },
    });
    await waitThreadPost('Unassigned');
  }, 30_000);

  it("shows a customer's reply and the reopening it causes", async () => {
    const [ours] = await outbound();
    await customerWrites({
      subject: `Re: [${caseNumber}] Printer on fire`,
      messageId: '<second@customer.test>',
      inReplyTo: ours!.messageId!,
      text: 'Unplugged, still smells.\n\nOn Tue, Acme Support <support@crm.test> wrote:\n> please unplug it',
    });
    const reopened = await waitThreadPost('(reopened by customer reply)');
    expect(reopened.args.text).toBe('Status: Pending → New (reopened by customer reply)');
    const mail = await waitThreadPost('still smells');
    expect(mail.args.text).not.toContain('please unplug');
  }, 30_000);

  it('posts each note once even with many sync jobs in two processes', async () => {
    const before = threadPosts().length;
    h.t.clock.advance(1000);
    const r = await h.t.call('PUT', `/api/cases/${caseId}`, {
      token: alice.token,
      body: { priority: 'Urgent' },
    });
    expect(r.status).toBe(200);
    for (let i = 0; i < 4; i++) {
      await workers.queue.jobs.send(h.t.database.db, SLACK_THREAD_JOB, {
        caseId,
        channel: SUPPORT,
      });
      await otherProcess.jobs.send(h.t.database.db, SLACK_THREAD_JOB, { caseId, channel: SUPPORT });
    }
    await waitThreadPost('Priority: Normal → Urgent');
    await sleep(3000);
    const added = threadPosts().slice(before);
    expect(added.filter((c) => c.args.text.includes('Urgent'))).toHaveLength(1);
    const texts = threadPosts().map((c) => c.args.text);
    expect(new Set(texts).size).toBe(texts.length);
    const recorded = await h.t.database.db
      .select()
      .from(slackThreadPosts)
      .where(eq(slackThreadPosts.channel, SUPPORT));
    expect(recorded.every((p) => p.ts !== null)).toBe(true);
  }, 30_000);

  it('Internal note on a message already e-mailed says it cannot be unsent', async () => {
    const [reply] = await notesOf('EmailSent');
    const ts = (reply!.data as { slack: { ts: string } }).slack.ts;
    const before = (await notesOf('Post')).length;
    await shortcut('internal_note', alice.slackId, { ts, text: 'unplug it', thread_ts: cardTs });
    const eph = await ephemeralTo(alice.slackId, 'cannot be taken back');
    expect(eph.args.thread_ts).toBe(cardTs);
    expect(await notesOf('Post')).toHaveLength(before);
  }, 20_000);

  it('Internal note keeps a thread message the bot did not handle', async () => {
    const ts = nextTs();
    await shortcut('internal_note', alice.slackId, {
      ts,
      text: 'Supplier says two days',
      thread_ts: cardTs,
    });
    await reactionOn(ts, 'lock');
    await ephemeralTo(alice.slackId, `Kept as an internal note on ${caseNumber}`);
    const note = (await notesOf('Post')).find((n) => n.post === 'Supplier says two days');
    expect(note?.isInternal).toBe(true);
    // Again: it is there already.
    await shortcut('internal_note', alice.slackId, {
      ts,
      text: 'Supplier says two days',
      thread_ts: cardTs,
    });
    await ephemeralTo(alice.slackId, 'already kept');
  }, 20_000);

  it('internal mode: replies are notes, :email: replies and Send to customer are mailed', async () => {
    const mode = await crm(alice, 'support-mode internal');
    expect(mode.args.text).toContain('internal');
    const mailsBefore = (await outbound()).length;

    const noteTs = await threadMessage(alice.slackId, 'Asked the supplier for a fan');
    await reactionOn(noteTs, 'lock');
    const kept = (await notesOf('Post')).find((n) => n.post === 'Asked the supplier for a fan');
    expect(kept?.isInternal).toBe(true);
    expect(await outbound()).toHaveLength(mailsBefore);

    const before = sink.messages.length;
    const mailTs = await threadMessage(alice.slackId, ':email: Your new fan arrives Thursday.');
    await reactionOn(mailTs, 'email');
    const sent = await waitFor(() => sink.messages[before]);
    expect(sent.raw).toContain('Your new fan arrives Thursday.');
    expect(sent.raw).not.toContain(':email:');

    // Send to customer on the note kept above.
    await shortcut('send_to_customer', alice.slackId, {
      ts: noteTs,
      text: 'Asked the supplier for a fan',
      thread_ts: cardTs,
    });
    await ephemeralTo(alice.slackId, `Sending this message to the customer of ${caseNumber}`);
    await reactionOn(noteTs, 'email');
    const again = await waitFor(() => sink.messages[before + 1]);
    expect(again.raw).toContain('Asked the supplier for a fan');
    // A second time: already sent.
    await shortcut('send_to_customer', alice.slackId, {
      ts: noteTs,
      text: 'Asked the supplier for a fan',
      thread_ts: cardTs,
    });
    await ephemeralTo(alice.slackId, 'already e-mailed to the customer.');
    await sleep(1000);
    expect(sink.messages.length).toBe(before + 2);
  }, 40_000);

  it('a shortcut outside a case thread says where it works', async () => {
    await shortcut('send_to_customer', alice.slackId, { ts: nextTs(), text: 'hi' }, 'CRANDOM');
    await ephemeralTo(alice.slackId, 'Use this on a message in the thread of a case card');
  }, 20_000);

  it('Create case from message opens a prefilled modal and creates the case with a link back', async () => {
    const ts = nextTs();
    const text =
      'Customer cannot log in\nThey get <https://app.test/err|an error> since the update.';
    await shortcut('create_case', alice.slackId, { ts, text }, 'CGENERAL');
    const open = await h.fake.waitFor('views.open', () => true, 10_000);
    const view = open.args.view;
    expect(view.callback_id).toBe('thread.case_from_message');
    const name = view.blocks.find((b: any) => b.block_id === 'name');
    const description = view.blocks.find((b: any) => b.block_id === 'description');
    expect(name.element.initial_value).toBe('Customer cannot log in');
    expect(description.element.initial_value).toContain('an error (https://app.test/err)');

    const res = await h.slack.interaction({
      type: 'view_submission',
      user: { id: alice.slackId },
      view: {
        id: 'VCASE',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            name: { value: { type: 'plain_text_input', value: 'Customer cannot log in' } },
            description: {
              value: { type: 'plain_text_input', value: description.element.initial_value },
            },
            contactId: {
              'case.contact_search': { type: 'external_select', selected_option: null },
            },
          },
        },
      },
    });
    expect(res.status).toBe(200);
    const eph = await ephemeralTo(alice.slackId, 'Customer cannot log in');
    expect(eph.args.channel).toBe('CGENERAL');
    const [created] = await h.t.database.db
      .select()
      .from(cases)
      .where(eq(cases.name, 'Customer cannot log in'));
    expect(created).toBeTruthy();
    expect(eph.args.text).toContain(`#${created!.number}`);
    const link = await waitFor(async () => {
      const rows = await h.t.database.db
        .select()
        .from(notes)
        .where(and(eq(notes.parentId, created!.id), eq(notes.type, 'Post')));
      return rows[0];
    });
    expect(link.post).toContain(`https://fake.slack.com/archives/CGENERAL/p${ts.replace('.', '')}`);
  }, 30_000);
});
