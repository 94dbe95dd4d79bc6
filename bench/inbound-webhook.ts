import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import pino from 'pino';
import postgres from 'postgres';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { teams, teamUsers, users } from '../db/schema';
import { systemActor } from '../server/domain/access/actor';
import { createAssignmentRule } from '../server/domain/assignment/assignment-rules';
import { type Services, systemClock, withActor } from '../server/domain/context';
import { configureSecretKey } from '../server/domain/keys';
import { createMailbox } from '../server/domain/mailboxes/email-accounts';
import { SLACK_THREAD_JOB, THREAD_NOTE_TYPES } from '../server/domain/notify/case-thread';
import { followChannel } from '../server/domain/notify/channel-follows';
import { SLACK_CARD_JOB } from '../server/domain/notify/notify-record';
import { configureMailIdentity } from '../server/domain/outbox/mail-identity';
import { MAIL_SEND_JOB } from '../server/domain/outbox/queue-email';
import { SLACK_API_JOB } from '../server/domain/slack/enqueue-slack-call';
import { createApp } from '../server/http/app';
import { startMailWorker } from '../server/jobs/mail-send';
import { type JobQueue, startJobQueue } from '../server/jobs/queue';
import { jobWebClient, startSlackApiWorker } from '../server/jobs/slack-api';
import { startSlackCardWorker } from '../server/jobs/slack-card';
import { startSlackThreadWorker } from '../server/jobs/slack-thread';
import { BENCH_DATABASE_URL, ensureDatabase, recreateDatabase } from './support/database';
import { ms, percentile } from './support/stats';
import type { Benchmark } from './types';

const NEW_CASES = 1000;
const REPLIES = 1000;
/** New-case messages sent before the first reply; then replies and new cases alternate. */
const LEAD_IN = 50;
const CONCURRENCY = 16;
const WARM_UP = 50;
const GOAL_PER_SECOND = 200;
const DRAIN_S = 240;
const TOKEN = 'bench-inbound-token';
const MAIL_FROM = 'Acme Support <support@acme.bench>';
const MAILBOX = 'support@acme.bench';
const CHANNEL = 'C0BENCHSUPPORT';
const JOB_QUEUES = [SLACK_API_JOB, SLACK_CARD_JOB, SLACK_THREAD_JOB, MAIL_SEND_JOB];

/** The bench's own database: crm_bench_inbound next to BENCH_DATABASE_URL's, recreated each run. */
function databaseUrl() {
  const u = new URL(BENCH_DATABASE_URL);
  u.pathname = `/${decodeURIComponent(u.pathname.slice(1)) || 'crm_bench'}_inbound`;
  return u.toString();
}

const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

/**
 * 2,000 raw messages through `POST /api/inbound/email` of the real server (Hono, token check,
 * store, parse, route: case or reply, contact, Round-Robin, notes, acknowledgement queued), with
 * the production workers of the same process posting cards and thread notes to a fake Slack and
 * sending the acknowledgements to an SMTP sink (both in another process), against a bare Hono
 * route that stores the raw body with one INSERT (postgres.js), same client, same concurrency.
 * Then every job is drained and what reached the fakes is checked against the database.
 */
export const inboundWebhook: Benchmark = {
  name: 'inbound-webhook',
  async run() {
    const url = databaseUrl();
    await ensureDatabase(url);
    await recreateDatabase(url);
    const database = await openDatabase({ databaseUrl: url, dataDir: '', max: 10 });
    const sql = database.sql!;
    const fakes = await startFakes();
    const client = startWebhookClient();
    const dir = mkdtempSync(join(tmpdir(), 'bench-inbound-'));
    const log = pino({ level: 'silent' });
    let ours: ReturnType<typeof serve> | undefined;
    let bare: ReturnType<typeof serve> | undefined;
    let bareSql: postgres.Sql | undefined;
    let queue: JobQueue | undefined;
    const stops: (() => Promise<unknown>)[] = [];
    try {
      await migrateDatabase(database);
      configureSecretKey('bench-secret-key-inbound-webhook');
      configureMailIdentity({ mailFrom: MAIL_FROM, publicUrl: 'http://crm.acme.bench' });

      // The workers of a production process (server/main.ts), with their production options.
      queue = await startJobQueue(database, { log });
      const services: Services = {
        db: database.db,
        kind: database.kind,
        clock: systemClock,
        jobs: queue.jobs,
      };
      const slackClient = jobWebClient('xoxb-bench', `${fakes.slackUrl}/api/`);
      const jobLog = log.child({ area: 'jobs' });
      const slackWorker = await startSlackApiWorker(queue, { client: slackClient, log: jobLog });
      const cardWorker = await startSlackCardWorker(queue, {
        client: slackClient,
        log: jobLog,
        publicUrl: 'http://crm.acme.bench',
      });
      const threadWorker = await startSlackThreadWorker(queue, {
        client: slackClient,
        log: jobLog,
      });
      const mailWorker = await startMailWorker(queue, {
        smtpUrl: `smtp://127.0.0.1:${fakes.smtpPort}`,
        from: MAIL_FROM,
        log: jobLog,
      });
      stops.push(slackWorker.stop, cardWorker.stop, threadWorker.stop, mailWorker.stop);

      const seeded = await seed(services);
      console.log(
        `Seed: team of ${seeded.agents.length} agents with a Round-Robin case rule, mailbox ${MAILBOX} (creates cases, acknowledges), channel ${CHANNEL} following cases.`,
      );

      // Ours: the real app with the webhook on.
      const app = createApp(services, { log, tokenTtlHours: 1, inboundEmailToken: TOKEN });
      const ourPort = await listen((port, ready) => {
        ours = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (i) => ready(i.port));
      });

      // Baseline: receive and store, nothing else.
      bareSql = postgres(url, { max: 10, onnotice: () => {} });
      await bareSql`create table if not exists bench_raw (id bigserial primary key, raw bytea not null)`;
      const bareApp = new Hono();
      const store = bareSql;
      bareApp.post('/api/inbound/email', async (c) => {
        const raw = Buffer.from(await c.req.arrayBuffer());
        await store`insert into bench_raw (raw) values (${raw})`;
        return c.json({ ok: true }, 202);
      });
      const barePort = await listen((port, ready) => {
        bare = serve({ fetch: bareApp.fetch, port, hostname: '127.0.0.1' }, (i) => ready(i.port));
      });

      // The messages, built before any clock runs.
      const built = performance.now();
      const corpus = await buildCorpus();
      const warmUp = await buildWarmUp();
      const corpusFile = writeOrder(dir, 'corpus.json', corpus.raws, corpus.after);
      const warmFile = writeOrder(
        dir,
        'warm.json',
        warmUp,
        warmUp.map(() => null),
      );
      const bytes = corpus.raws.reduce((n, r) => n + r.length, 0);
      console.log(
        `Built ${corpus.raws.length} messages (${NEW_CASES} new from ${NEW_CASES} senders, ${REPLIES} replies, ` +
          `${corpus.withAttachment} with an attachment, ${(bytes / 1024 / 1024).toFixed(1)} MiB) in ${((performance.now() - built) / 1000).toFixed(1)} s.`,
      );

      const burst = (port: number, file: string) =>
        client.burst({
          port,
          path: '/api/inbound/email',
          token: TOKEN,
          file,
          concurrency: CONCURRENCY,
        });

      // Baseline first (our workers are idle), each warmed up with 50 messages of its own.
      await burst(barePort, warmFile);
      const base = await burst(barePort, corpusFile);
      // Ours warms up on automatic mail (Auto-Submitted): stored, parsed, routed to Ignored.
      await burst(ourPort, warmFile);
      const mine = await burst(ourPort, corpusFile);

      const rate = (r: BurstResult) => (r.times.length / r.wallMs) * 1000;
      const row = (label: string, r: BurstResult) =>
        console.log(
          `  ${label.padEnd(36)} ${rate(r).toFixed(0).padStart(5)} msg/s  p50 ${ms(percentile(r.times, 50))}  ` +
            `p95 ${ms(percentile(r.times, 95))}  p99 ${ms(percentile(r.times, 99))}  ` +
            `(${(r.wallMs / 1000).toFixed(1)} s, HTTP ${JSON.stringify(r.statuses)})`,
        );
      console.log(
        `\n${corpus.raws.length} messages, ${CONCURRENCY} in flight (${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)})`,
      );
      row('ours (webhook → case/reply)', mine);
      row('baseline (Hono + one INSERT)', base);
      console.log(
        `  ratio                                throughput ours/baseline ${(rate(mine) / rate(base)).toFixed(2)}  ` +
          `p95 ours/baseline ${(percentile(mine.times, 95) / percentile(base.times, 95)).toFixed(2)}`,
      );
      // Which kind of message the latency comes from (new cases take the Round-Robin turn).
      for (const [label, isNew] of [
        ['  ours, new-case messages', true],
        ['  ours, replies', false],
      ] as const) {
        const t = mine.times.filter((_, i) => (corpus.after[i] === null) === isNew);
        console.log(
          `${label.padEnd(38)} p50 ${ms(percentile(t, 50))}  p95 ${ms(percentile(t, 95))}  p99 ${ms(percentile(t, 99))}`,
        );
      }
      if (mine.waited) console.log(`  (${mine.waited} replies waited for their original's answer)`);
      console.log(
        `  goal ≥ ${GOAL_PER_SECOND} msg/s: ${rate(mine) >= GOAL_PER_SECOND ? 'met' : 'MISSED'}`,
      );

      // The work the burst caused, done by the production workers (server/jobs, eager workers).
      const backlog = async () => {
        const sizes = await Promise.all(
          JOB_QUEUES.map(async (q) => [q, (await queue!.boss.getQueueSize(q)) ?? 0] as const),
        );
        return Object.fromEntries(sizes) as Record<string, number>;
      };
      const total = (b: Record<string, number>) => Object.values(b).reduce((a, n) => a + n, 0);
      const atEnd = await backlog();
      const [{ done: doneBefore }] = await sql<[{ done: number }]>`
        select count(*)::int as done from pgboss.job where state = 'completed'`;
      console.log(`\nJobs waiting when the burst ended: ${JSON.stringify(atEnd)}`);
      const drainStarted = performance.now();
      let quietChecks = 0;
      let left = atEnd;
      while (performance.now() - drainStarted < DRAIN_S * 1000) {
        left = await backlog();
        const [{ queued }] = await sql<[{ queued: number }]>`
          select count(*)::int as queued from emails where direction = 'out' and status = 'Queued'`;
        quietChecks = total(left) === 0 && queued === 0 ? quietChecks + 1 : 0;
        if (quietChecks >= 3) break;
        await sleep(500);
      }
      const drained = quietChecks >= 3;
      const drainS = (performance.now() - drainStarted) / 1000;
      const [{ done: doneAfter }] = await sql<[{ done: number }]>`
        select count(*)::int as done from pgboss.job where state = 'completed'`;
      console.log(
        `  workers: ${drained ? 'drained' : `NOT drained, left ${JSON.stringify(left)}`} in ` +
          `${drainS.toFixed(1)} s (bound ${DRAIN_S} s): ${doneAfter - doneBefore} jobs, ` +
          `${((doneAfter - doneBefore) / drainS).toFixed(1)} jobs/s`,
      );

      await verify(sql, fakes, corpus, seeded.agents);
    } finally {
      for (const stop of stops) await stop().catch(() => {});
      await queue?.stop().catch(() => {});
      ours?.close();
      bare?.close();
      await bareSql?.end({ timeout: 5 });
      client.close();
      fakes.close();
      rmSync(dir, { recursive: true, force: true });
      await database.close();
    }
  },
};

interface BurstResult {
  times: number[];
  wallMs: number;
  waited: number;
  statuses: Record<string, number>;
}

// --- Seed -------------------------------------------------------------------------------------

async function seed(services: Services) {
  const sys = withActor(services, systemActor);
  const [team] = await services.db.insert(teams).values({ name: 'Support' }).returning();
  const agents = await services.db
    .insert(users)
    .values(
      ['Ada Agent', 'Bo Agent', 'Cy Agent'].map((name, i) => ({
        name,
        emailAddress: `agent${i + 1}@acme.bench`,
        isActive: true,
      })),
    )
    .returning({ id: users.id, name: users.name });
  await services.db
    .insert(teamUsers)
    .values(agents.map((a) => ({ teamId: team!.id, userId: a.id })));
  await createAssignmentRule(sys, {
    name: 'Cases in turn',
    entityType: 'Case',
    method: 'Round-Robin',
    teamId: team!.id,
    isActive: true,
  });
  await createMailbox(sys, {
    name: 'Support',
    emailAddress: MAILBOX,
    createCase: true,
    autoReply: true,
  });
  await followChannel(sys, { channelId: CHANNEL, entityType: 'Case' });
  return { agents };
}

// --- Messages ---------------------------------------------------------------------------------

const FIRST = [
  'Alice',
  'Bruno',
  'Chloé',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemal',
  'Lucía',
  'Marta',
  'Noah',
  'Olga',
  'Pedro',
  'Quentin',
  'Rania',
  'Sven',
  'Tomasz',
];
const LAST = [
  'Martin',
  'Schmidt',
  'Rossi',
  'García',
  'Novak',
  'Dubois',
  'Kowalski',
  'Jensen',
  'Silva',
  'Yamamoto',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Fischer',
  'Haddad',
];
const TOPICS: [string, string][] = [
  [
    'Invoice {n} charged twice',
    'I was charged twice for invoice {n} this month. Could you refund the duplicate payment? My card statement shows two identical debits on the same day.',
  ],
  [
    'Cannot log in since the update',
    "Since yesterday's update I cannot log in to the portal: it says my password is wrong, but the reset e-mail never arrives. I tried two browsers.",
  ],
  [
    'Order {n} arrived damaged',
    'Order {n} arrived today but the box was crushed and two of the items are broken. I attach a photo of the parcel. What should I do?',
  ],
  [
    'Question about our plan',
    'We are thinking of moving from the Starter plan to Business. Do we keep our data and settings, and is the price prorated for the current month?',
  ],
  [
    'Export to CSV is empty',
    'When I export the report to CSV the file only contains the header row, although the screen shows about 300 lines. This worked last week.',
  ],
  [
    'Delivery address change for {n}',
    'Could you change the delivery address for order {n}? We moved offices: the new address is 14 rue des Lilas, 69003 Lyon.',
  ],
  [
    'API returns 500 on /orders',
    'Our integration gets HTTP 500 from the /orders endpoint since this morning, about one request in ten. Request ids are in the attached log.',
  ],
  [
    'Cancel my subscription',
    'Please cancel my subscription at the end of the current billing period and confirm by e-mail. Thank you for your help so far.',
  ],
];
const REPLY_TEXTS = [
  'Thanks for the quick answer. I tried what you suggested but it still does not work; the same error appears.',
  'Any news on this? We are still waiting and it is becoming urgent for our team.',
  'Here is the additional information you asked for: account number {n}, and it happens every time.',
  'Thank you, that solved it. You can close the case.',
  'I forgot to mention: this started after we added a second user to the account.',
];

const attachmentFor = (i: number): Mail.Attachment =>
  i % 3 === 0
    ? {
        filename: `log-${i}.txt`,
        contentType: 'text/plain',
        content: `request_id=${i}\n`.repeat(60),
      }
    : {
        filename: `photo-${i}.png`,
        contentType: 'image/png',
        // A 1×1 PNG plus padding: a small binary part (base64 in the message).
        content: Buffer.concat([
          Buffer.from(
            'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
            'base64',
          ),
          Buffer.alloc(1500, i % 256),
        ]),
      };

const compose = (mail: Mail.Options) => new MailComposer(mail).compile().build();

interface Corpus {
  raws: Buffer[];
  /** For each message, the index of the message it must follow (a reply's original). */
  after: (number | null)[];
  /** Message-IDs of the new-case messages and of the reply to each (same index). */
  originals: string[];
  replies: string[];
  withAttachment: number;
}

/**
 * 1,000 new-case messages from 1,000 senders and one reply to each, in the order a support
 * mailbox sees them: 50 new ones, then a reply and a new one in turn (each reply about 100
 * messages after its original), then the last 50 replies. Every fourth reply drops the subject
 * to a bare "Re: …" variant and every fifth answers a message we never stored (the original is
 * only in References).
 */
async function buildCorpus(): Promise<Corpus> {
  const date = new Date('2026-11-27T09:00:00Z');
  const news: { raw: Buffer; id: string }[] = [];
  const replies: { raw: Buffer; id: string }[] = [];
  let withAttachment = 0;
  for (let i = 0; i < NEW_CASES; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const address = `${first
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase()}.${last
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase()}.${i}@client${i % 40}.example.com`;
    const [subject, body] = TOPICS[i % TOPICS.length]!;
    const n = String(10_000 + i);
    const id = `<orig.${i}.${n}@mail.client${i % 40}.example.com>`;
    const subj = subject.replace('{n}', n);
    const text = `Hello,\n\n${body.replace('{n}', n)}\n\nBest regards,\n${first} ${last}\n`;
    const attach = i % 10 === 3;
    if (attach) withAttachment++;
    news.push({
      id,
      raw: await compose({
        from: { name: `${first} ${last}`, address },
        to: `Acme Support <${MAILBOX}>`,
        subject: subj,
        text,
        messageId: id,
        date: new Date(date.getTime() + i * 60_000),
        attachments: attach ? [attachmentFor(i)] : [],
      }),
    });
    const replyId = `<re.${i}.${n}@mail.client${i % 40}.example.com>`;
    const quoted = text
      .trimEnd()
      .split('\n')
      .map((l) => `> ${l}`.trimEnd())
      .join('\n');
    const variants = ['Re: ', 'RE: ', 'Re: Re: ', 'AW: '];
    const replySubject = i % 4 === 0 ? `Re: ${subj}` : `${variants[i % variants.length]}${subj}`;
    const unknown = `<not-stored.${i}@mail.client${i % 40}.example.com>`;
    const replyAttach = i % 10 === 7;
    if (replyAttach) withAttachment++;
    replies.push({
      id: replyId,
      raw: await compose({
        from: { name: `${first} ${last}`, address },
        to: `Acme Support <${MAILBOX}>`,
        subject: replySubject,
        text:
          `${REPLY_TEXTS[i % REPLY_TEXTS.length]!.replace('{n}', n)}\n\n${first}\n\n` +
          `On ${new Date(date.getTime() + i * 60_000).toUTCString()}, ${first} ${last} <${address}> wrote:\n${quoted}\n`,
        messageId: replyId,
        inReplyTo: i % 5 === 0 ? unknown : id,
        references: i % 5 === 0 ? [id, unknown] : [id],
        date: new Date(date.getTime() + (NEW_CASES + i) * 60_000),
        attachments: replyAttach ? [attachmentFor(i)] : [],
      }),
    });
  }
  const raws: Buffer[] = [];
  const after: (number | null)[] = [];
  const positionOfNew: number[] = [];
  const originals: string[] = [];
  const replyIds: string[] = [];
  const pushNew = (k: number) => {
    positionOfNew[k] = raws.length;
    raws.push(news[k]!.raw);
    after.push(null);
    originals.push(news[k]!.id);
  };
  const pushReply = (k: number) => {
    raws.push(replies[k]!.raw);
    after.push(positionOfNew[k]!);
  };
  for (let k = 0; k < LEAD_IN; k++) pushNew(k);
  let r = 0;
  for (let k = LEAD_IN; k < NEW_CASES; k++) {
    pushReply(r++);
    pushNew(k);
  }
  while (r < REPLIES) pushReply(r++);
  for (let k = 0; k < REPLIES; k++) replyIds.push(replies[k]!.id);
  return { raws, after, originals, replies: replyIds, withAttachment };
}

/** Warm-up mail that exercises store, parse and routing without opening cases (automatic). */
async function buildWarmUp() {
  return Promise.all(
    Array.from({ length: WARM_UP }, (_, i) =>
      compose({
        from: `Out of office <ooo.${i}@warmup.example.com>`,
        to: MAILBOX,
        subject: 'Automatic reply: I am away',
        text: 'I am out of the office until Monday.',
        messageId: `<warm.${i}.${Date.now()}@warmup.example.com>`,
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    ),
  );
}

function writeOrder(dir: string, name: string, raws: Buffer[], after: (number | null)[]) {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ messages: raws.map((r) => r.toString('base64')), after }));
  return file;
}

// --- Verification -----------------------------------------------------------------------------

interface FakesSummary {
  counts: Record<string, number>;
  cards: number;
  threadPosts: { channel: string; threadTs: string; text: string }[];
  mailIds: string[];
  mailWithoutId: number;
}

async function verify(
  sql: postgres.Sql,
  fakes: Awaited<ReturnType<typeof startFakes>>,
  corpus: Corpus,
  agents: { id: string; name: string }[],
) {
  const out = await fakes.summary();
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  const checks: [string, boolean][] = [];
  const check = (label: string, ok: boolean, detail: string) => {
    checks.push([label, ok]);
    console.log(`  ${ok ? 'ok ' : 'NO '} ${label}: ${detail}`);
  };
  console.log('\nVerification');

  const [{ cases }] = await sql<[{ cases: number }]>`select count(*)::int as cases from cases`;
  check('cases created', cases === NEW_CASES, `${cases} (expected ${NEW_CASES})`);
  const perAgent = await sql<{ assigned_user_id: string | null; n: number }[]>`
    select assigned_user_id, count(*)::int as n from cases group by 1 order by 2 desc`;
  const name = (id: string | null) => agents.find((a) => a.id === id)?.name ?? 'nobody';
  check(
    'Round-Robin over 3 agents',
    perAgent.length === 3 &&
      perAgent.every((r) => r.assigned_user_id && Math.abs(r.n - NEW_CASES / 3) <= 1),
    perAgent.map((r) => `${name(r.assigned_user_id)} ${r.n}`).join(', '),
  );

  const inbound = await sql<{ message_id: string; status: string; parent_id: string | null }[]>`
    select message_id, status, parent_id from emails
    where direction = 'in' and message_id not like '%@warmup.example.com>'`;
  const byStatus: Record<string, number> = {};
  for (const e of inbound) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
  check(
    'inbound e-mails Imported',
    inbound.length === NEW_CASES + REPLIES && byStatus.Imported === NEW_CASES + REPLIES,
    `${inbound.length} stored, ${JSON.stringify(byStatus)}`,
  );
  const caseOf = new Map(inbound.map((e) => [e.message_id, e.parent_id]));
  let joined = 0;
  for (let k = 0; k < REPLIES; k++) {
    const c = caseOf.get(corpus.replies[k]!);
    if (c && c === caseOf.get(corpus.originals[k]!)) joined++;
  }
  check('replies joined their original case', joined === REPLIES, `${joined}/${REPLIES}`);

  // Slack: one card per case, and each thread note posted exactly once.
  const [{ cards, distinct }] = await sql<[{ cards: number; distinct: number }]>`
    select count(*)::int as cards, count(distinct entity_id)::int as distinct
    from slack_cards where entity_type = 'Case' and channel = ${CHANNEL}`;
  check(
    'one card per case',
    cards === NEW_CASES && distinct === NEW_CASES && out.cards === NEW_CASES,
    `slack_cards ${cards} (${distinct} cases), fake chat.postMessage without thread_ts ${out.cards}, chat.update ${out.counts['chat.update'] ?? 0}`,
  );
  // The notes a thread must show (slack-thread: THREAD_NOTE_TYPES; Update only for status/priority).
  const types = [...THREAD_NOTE_TYPES];
  const [{ due }] = await sql<[{ due: number }]>`
    select count(*)::int as due from notes n
    where n.parent_type = 'Case' and n.type = any(${types})
      and (n.type <> 'Update' or n.data->'fields' ?| array['status', 'priority'])`;
  const [{ posted, silent }] = await sql<[{ posted: number; silent: number }]>`
    select count(*) filter (where ts <> '')::int as posted, count(*) filter (where ts = '')::int as silent
    from slack_thread_posts where channel = ${CHANNEL}`;
  const seen = new Set<string>();
  let duplicates = 0;
  for (const p of out.threadPosts) {
    const key = `${p.channel}|${p.threadTs}|${p.text}`;
    if (seen.has(key)) duplicates++;
    seen.add(key);
  }
  const byType = await sql<{ type: string; n: number }[]>`
    select type, count(*)::int as n from notes where parent_type = 'Case' group by 1 order by 1`;
  check(
    'thread posts = case notes to post',
    posted + silent === due && out.threadPosts.length === posted && duplicates === 0,
    `notes due ${due} (${byType.map((t) => `${t.type} ${t.n}`).join(', ')}), slack_thread_posts ${posted} posted + ${silent} with nothing to show, ` +
      `fake thread posts ${out.threadPosts.length}, duplicates ${duplicates}`,
  );

  // Mail: one message at the relay per outbound row, none twice.
  const outbound = await sql<{ message_id: string; status: string }[]>`
    select message_id, status from emails where direction = 'out'`;
  const outStatus: Record<string, number> = {};
  for (const e of outbound) outStatus[e.status] = (outStatus[e.status] ?? 0) + 1;
  const atRelay = new Map<string, number>();
  for (const id of out.mailIds) atRelay.set(id, (atRelay.get(id) ?? 0) + 1);
  const twice = [...atRelay.values()].filter((n) => n > 1).length;
  const missing = outbound.filter((e) => atRelay.get(e.message_id) !== 1).length;
  check(
    'acknowledgements at the SMTP sink once',
    outbound.length === NEW_CASES &&
      outStatus.Sent === NEW_CASES &&
      out.mailIds.length === outbound.length &&
      twice === 0 &&
      missing === 0 &&
      out.mailWithoutId === 0,
    `outbound rows ${outbound.length} ${JSON.stringify(outStatus)}, sink ${out.mailIds.length} messages, ` +
      `Message-ID twice ${twice}, rows not received exactly once ${missing}`,
  );
  const ok = checks.every(([, v]) => v);
  console.log(
    `  delivered once: ${yes(ok)} (cards ${out.cards}, thread posts ${out.threadPosts.length}, e-mails ${out.mailIds.length})`,
  );
}

// --- Processes and helpers --------------------------------------------------------------------

/** A free loopback port, handed to `start` (which calls `ready` with the port it listens on). */
function listen(start: (port: number, ready: (port: number) => void) => void) {
  return new Promise<number>((resolve) => start(0, resolve));
}

/** bench/support/fakes-process.ts: the fake Slack and the SMTP sink, in their own process. */
async function startFakes() {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./support/fakes-process.ts', import.meta.url).pathname],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const info = await new Promise<{ slackUrl: string; smtpPort: number; summaryUrl: string }>(
    (resolve, reject) => {
      child.once('error', reject);
      createInterface({ input: child.stdout! }).once('line', (l) => resolve(JSON.parse(l)));
    },
  );
  return {
    ...info,
    summary: async () => (await (await fetch(info.summaryUrl)).json()) as FakesSummary,
    close: () => child.kill('SIGTERM'),
  };
}

/** bench/support/webhook-client.ts in its own process: its CPU is not the servers'. */
function startWebhookClient() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./support/webhook-client.ts', import.meta.url).pathname],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return {
    async burst(order: Record<string, unknown>): Promise<BurstResult> {
      child.stdin!.write(`${JSON.stringify(order)}\n`);
      const { value } = await lines.next();
      const result = JSON.parse(String(value));
      if (!Array.isArray(result.times)) throw new Error(`burst failed: ${result.error}`);
      return result as BurstResult;
    },
    close: () => child.kill('SIGTERM'),
  };
}
