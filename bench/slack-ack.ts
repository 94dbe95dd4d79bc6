import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { serve } from '@hono/node-server';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { createBot } from '../bot/app';
import { registerListeners } from '../bot/register';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { users } from '../db/schema';
import { systemActor } from '../server/domain/access/actor';
import { type Services, systemClock, withActor } from '../server/domain/context';
import { seedDemo } from '../server/domain/demo/seed-demo';
import { createApp } from '../server/http/app';
import { BENCH_DATABASE_URL, ensureDatabase, recreateDatabase } from './support/database';
import { ms, percentile } from './support/stats';
import type { Benchmark } from './types';

const BURST = 200;
const BURSTS = 5;
const SECRET = 'bench-signing-secret';
const SLACK_USER = 'UBENCHSLACK';
const GOAL = { maxMs: 3000, p99Ratio: 1.5 };

/** The bench's own database (name contains "bench"): crm_bench_slack next to BENCH_DATABASE_URL's. */
function databaseUrl() {
  const u = new URL(BENCH_DATABASE_URL);
  u.pathname = `/${decodeURIComponent(u.pathname.slice(1)) || 'crm_bench'}_slack`;
  return u.toString();
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

/**
 * Bursts of 200 concurrent signed `/pipeline` commands to our `/slack/events` (Hono, the Bolt
 * receiver, the processed-once claim, then after the ack: identity and the real pipeline report
 * on PostgreSQL, answered through response_url), against a bare Bolt app (its own HTTPReceiver,
 * a no-op handler) on another port, burst after burst in the same run. Figure: ack latency.
 */
export const slackAck: Benchmark = {
  name: 'slack-ack',
  async run() {
    const url = databaseUrl();
    await ensureDatabase(url);
    const database = await openDatabase({ databaseUrl: url, dataDir: '', max: 10 });
    const fake = await startFakeSlack();
    const closers: (() => void)[] = [];
    let ours: ReturnType<typeof serve> | undefined;
    let bare: App | undefined;
    try {
      try {
        await migrateDatabase(database);
      } catch (err) {
        console.log(`Migration failed (${(err as Error).message}); recreating the bench database.`);
        await recreateDatabase(url);
        await migrateDatabase(database);
      }
      const services: Services = { db: database.db, kind: database.kind, clock: systemClock };
      const seeded = await seedDemo(withActor(services, systemActor));
      if (seeded.seeded) console.log(`Seed: demo pipeline (${seeded.deals} deals).`);
      const [me] = await database.db.select().from(users).where(eq(users.slackUserId, SLACK_USER));
      if (!me) {
        await database.db.insert(users).values({
          name: 'Bench Slack',
          emailAddress: 'bench-slack@example.com',
          isAdmin: true,
          slackUserId: SLACK_USER,
        });
      }

      // Ours: the real server and the real /pipeline listener (identity, locale, report) after the ack.
      const log = pino({ level: 'silent' });
      const bot = createBot(
        { signingSecret: SECRET, botToken: 'xoxb-bench', apiUrl: fake.apiUrl },
        { services, log, publicUrl: 'http://crm.bench' },
        { register: registerListeners },
      )!;
      const app = createApp(services, { log, tokenTtlHours: 1, slackEvents: bot.handle });
      const ourPort = await new Promise<number>((resolve) => {
        ours = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (i) => resolve(i.port));
      });

      // Baseline: a bare Bolt app, its own HTTP receiver, a no-op handler.
      const barePort = await freePort();
      bare = new App({
        token: 'xoxb-bench',
        receiver: new HTTPReceiver({ signingSecret: SECRET, endpoints: '/slack/events' }),
        clientOptions: { slackApiUrl: fake.apiUrl },
        logLevel: LogLevel.ERROR,
      });
      bare.command('/pipeline', async ({ ack }) => {
        await ack();
      });
      await bare.start({ port: barePort, host: '127.0.0.1' });

      const client = startBurstClient();
      let seq = 0;
      const burst = async (port: number) => {
        const before = await fake.replies();
        const times = await client.burst({
          port,
          n: BURST,
          secret: SECRET,
          user: SLACK_USER,
          responseBase: fake.responseBase,
          seq: ++seq,
        });
        // Let our after-ack work finish before the next burst (the bare app has none).
        if (port === ourPort) {
          const deadline = Date.now() + 30_000;
          while ((await fake.replies()) < before + BURST && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 50));
          }
          const done = (await fake.replies()) - before;
          if (done < BURST) throw new Error(`only ${done}/${BURST} /pipeline replies arrived`);
        }
        return times;
      };
      closers.push(client.close);

      // Warm-up, then alternate which goes first.
      await burst(ourPort);
      await burst(barePort);
      const o: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < BURSTS; i++) {
        if (i % 2 === 0) {
          o.push(...(await burst(ourPort)));
          b.push(...(await burst(barePort)));
        } else {
          b.push(...(await burst(barePort)));
          o.push(...(await burst(ourPort)));
        }
      }

      const line = (label: string, s: number[]) =>
        console.log(
          `  ${label.padEnd(34)} p50 ${ms(percentile(s, 50))}  p99 ${ms(percentile(s, 99))}  max ${ms(Math.max(...s))}`,
        );
      console.log(
        `\n${BURSTS} bursts of ${BURST} concurrent signed /pipeline commands (after warm-up)`,
      );
      line('ours (/slack/events, real work)', o);
      line('bare Bolt (HTTPReceiver, no-op)', b);
      const ratio = percentile(o, 99) / percentile(b, 99);
      console.log(
        `  ratio                              p50 ${(percentile(o, 50) / percentile(b, 50)).toFixed(2)}  p99 ${ratio.toFixed(2)}`,
      );
      const worst = Math.max(...o);
      console.log(
        `  goal                               every ack < ${GOAL.maxMs} ms: ${worst < GOAL.maxMs ? 'met' : 'MISSED'}; ` +
          `p99 ratio <= ${GOAL.p99Ratio}: ${ratio <= GOAL.p99Ratio ? 'met' : 'MISSED'}`,
      );
    } finally {
      for (const close of closers) close();
      ours?.close();
      await bare?.stop().catch(() => {});
      fake.close();
      await database.close();
    }
  },
};

/**
 * The fake Slack of tests/support in a process of its own, as Slack is: its work (answering the
 * response_url posts) is not counted against our server.
 */
async function startFakeSlack() {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('../tests/support/fake-slack.ts', import.meta.url).pathname],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
  });
  return {
    apiUrl: `${url}/api/`,
    responseBase: `${url}/response`,
    replies: async () =>
      ((await (await fetch(`${url}/_stats`)).json()) as Record<string, number>).response_url ?? 0,
    close: () => child.kill('SIGTERM'),
  };
}

/** bench/support/burst-client.ts in its own process: its CPU is not the servers'. */
function startBurstClient() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL('./support/burst-client.ts', import.meta.url).pathname],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return {
    async burst(order: Record<string, unknown>): Promise<number[]> {
      child.stdin!.write(`${JSON.stringify(order)}\n`);
      const { value } = await lines.next();
      const result = JSON.parse(String(value));
      if (!Array.isArray(result)) throw new Error(`burst failed: ${result.error}`);
      return result;
    },
    close: () => child.kill('SIGTERM'),
  };
}
