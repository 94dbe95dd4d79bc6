import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../../db/client';
import { executorFor } from '../../db/executor';
import type { JobOptions, Jobs } from '../domain/context';

export interface QueueDefaults {
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time (with jitter) when retryBackoff. */
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

export interface JobQueue {
  boss: PgBoss;
  database: Database;
  /** The `Jobs` the domain receives in its ctx. */
  jobs: Jobs;
  /** Creates (or updates) a queue; pg-boss 10 drops jobs sent to a queue that does not exist. */
  createQueue(name: string, defaults?: QueueDefaults): Promise<void>;
  stop(): Promise<void>;
}

/**
 * pg-boss 10 in schema `pgboss` of the application's database, on PostgreSQL and PGlite alike:
 * every query goes through the same client as drizzle (`db` option), so a job sent with a
 * transaction's executor is part of that transaction.
 */
export async function startJobQueue(database: Database, opts: { log: Logger }): Promise<JobQueue> {
  const boss = new PgBoss({
    db: executorFor(database.db),
    schema: 'pgboss',
    migrate: true,
    supervise: true,
    schedule: false,
    // The PGlite database is one session: keep maintenance light.
    maintenanceIntervalSeconds: 120,
  });
  boss.on('error', (err) => opts.log.error({ err }, 'job queue error'));
  await boss.start();
  const created = new Set<string>();

  const jobs: Jobs = {
    async send(db, name, data, options: JobOptions = {}) {
      const id = await boss.send(name, data, { ...options, db: executorFor(db) });
      if (!id && !options.singletonKey) {
        throw new Error(`Job "${name}" was not queued: is the queue created?`);
      }
      return id;
    },
    has: (name) => created.has(name),
  };

  return {
    boss,
    database,
    jobs,
    async createQueue(name, defaults = {}) {
      const existing = await boss.getQueue(name);
      if (existing) await boss.updateQueue(name, { name, ...defaults });
      else await boss.createQueue(name, { name, ...defaults });
      created.add(name);
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, close: false });
    },
  };
}

/**
 * pg-boss `work`, except that a worker which has just finished a job fetches the next one at
 * once: pg-boss 10 otherwise sleeps `pollingIntervalSeconds` after every fetch, so a worker with
 * `batchSize: 1` did one job per interval (0.5 job/s at 2 s) and a burst of new cases took
 * half an hour to reach Slack. An idle worker still polls once per interval.
 */
export function workEagerly<T>(
  boss: PgBoss,
  name: string,
  options: PgBoss.WorkOptions & { includeMetadata: true },
  handler: PgBoss.WorkWithMetadataHandler<T>,
): Promise<string>;
export function workEagerly<T>(
  boss: PgBoss,
  name: string,
  options: PgBoss.WorkOptions,
  handler: PgBoss.WorkHandler<T>,
): Promise<string>;
export async function workEagerly(
  boss: PgBoss,
  name: string,
  options: PgBoss.WorkOptions,
  handler: PgBoss.WorkHandler<unknown> | PgBoss.WorkWithMetadataHandler<unknown>,
): Promise<string> {
  let id = '';
  const run = handler as (jobs: PgBoss.Job<unknown>[]) => Promise<unknown>;
  const eager: PgBoss.WorkHandler<unknown> = async (jobs) => {
    try {
      return await run(jobs);
    } finally {
      if (jobs.length && id) boss.notifyWorker(id);
    }
  };
  id = await boss.work(name, options, eager);
  return id;
}
