import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { systemActor } from '../../server/domain/access/actor';
import { inTransaction, type Services, systemClock, withActor } from '../../server/domain/context';
import { enqueueSlackCall, SLACK_API_JOB } from '../../server/domain/slack/enqueue-slack-call';
import { type JobQueue, startJobQueue } from '../../server/jobs/queue';
import { jobWebClient, startSlackApiWorker } from '../../server/jobs/slack-api';
import { createTestDatabase } from '../support/db';
import { FakeSlack } from '../support/fake-slack';

const log = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const posts = (fake: FakeSlack, text: string) =>
  fake.callsOf('chat.postMessage').filter((c) => c.args.text === text);

/** The same guarantees on PostgreSQL and on embedded PGlite. */
async function setup(database: Database) {
  const fake = await FakeSlack.start();
  const queue = await startJobQueue(database, { log });
  const worker = await startSlackApiWorker(queue, {
    client: jobWebClient('xoxb-test', fake.apiUrl),
    log,
    pollingIntervalSeconds: 0.5,
    queue: { retryDelay: 1, retryLimit: 3 },
  });
  const services: Services = {
    db: database.db,
    kind: database.kind,
    clock: systemClock,
    jobs: queue.jobs,
  };
  return { fake, queue, worker, services };
}

function suite(name: string, open: () => Promise<Database>) {
  describe(name, () => {
    let database: Database;
    let fake: FakeSlack;
    let queue: JobQueue;
    let services: Services;

    beforeAll(async () => {
      database = await open();
      ({ fake, queue, services } = await setup(database));
    }, 60_000);
    afterAll(async () => {
      await queue?.stop();
      await fake?.close();
      await database?.close();
    }, 30_000);
    beforeEach(() => fake.reset());

    it('a job enqueued in a transaction that rolls back is never sent', async () => {
      const ctx = withActor(services, systemActor);
      await expect(
        inTransaction(ctx, async (tx) => {
          await enqueueSlackCall(tx, {
            method: 'chat.postMessage',
            args: { channel: 'C1', text: 'rolled back' },
          });
          throw new Error('the change fails');
        }),
      ).rejects.toThrow('the change fails');
      // A committed job sent afterwards goes out: by then the worker has polled past the other.
      await inTransaction(ctx, (tx) =>
        enqueueSlackCall(tx, {
          method: 'chat.postMessage',
          args: { channel: 'C1', text: 'after rollback' },
        }),
      );
      await fake.waitFor('chat.postMessage', (c) => c.args.text === 'after rollback', 10_000);
      await sleep(1200);
      expect(posts(fake, 'rolled back')).toEqual([]);
    });

    it('a job that commits is delivered exactly once', async () => {
      const ctx = withActor(services, systemActor);
      const id = await inTransaction(ctx, (tx) =>
        enqueueSlackCall(tx, {
          method: 'chat.postMessage',
          args: {
            channel: 'C1',
            text: 'committed',
            blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }],
          },
        }),
      );
      expect(id).toBeTruthy();
      const call = await fake.waitFor(
        'chat.postMessage',
        (c) => c.args.text === 'committed',
        10_000,
      );
      expect(call.headers.authorization).toBe('Bearer xoxb-test');
      expect(call.args.blocks[0].type).toBe('section');
      await sleep(1500);
      expect(posts(fake, 'committed')).toHaveLength(1);
      const job = await queue.boss.getJobById(SLACK_API_JOB, id!);
      expect(job?.state).toBe('completed');
    });

    it('honours Retry-After on 429, then succeeds', async () => {
      fake.fail('chat.postMessage', { kind: 'rate-limit', retryAfter: 1 });
      await queue.jobs.send(database.db, SLACK_API_JOB, {
        method: 'chat.postMessage',
        args: { channel: 'C1', text: 'rate limited' },
      });
      await fake.waitFor(
        'chat.postMessage',
        () => posts(fake, 'rate limited').length === 2,
        15_000,
      );
      const [first, second] = posts(fake, 'rate limited');
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
      await sleep(1200);
      expect(posts(fake, 'rate limited')).toHaveLength(2);
    });

    it('retries a server or network failure with backoff; a final Slack error is not retried', async () => {
      fake.fail('reactions.add', { kind: 'status', status: 503 });
      fake.fail('chat.update', { kind: 'error', error: 'message_not_found' });
      await queue.jobs.send(database.db, SLACK_API_JOB, {
        method: 'reactions.add',
        args: { channel: 'C1', timestamp: '1.1', name: 'envelope' },
      });
      await queue.jobs.send(database.db, SLACK_API_JOB, {
        method: 'chat.update',
        args: { channel: 'C1', ts: '1.1', text: 'gone' },
      });
      await fake.waitFor('reactions.add', () => fake.callsOf('reactions.add').length === 2, 15_000);
      await sleep(2500);
      expect(fake.callsOf('reactions.add')).toHaveLength(2);
      expect(fake.callsOf('chat.update')).toHaveLength(1);
    });
  });
}

suite('slack.api jobs on PostgreSQL', () => createTestDatabase());

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
suite('slack.api jobs on PGlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-jobs-'));
  dirs.push(dir);
  const database = await openDatabase({ dataDir: dir });
  await migrateDatabase(database);
  return database;
});
