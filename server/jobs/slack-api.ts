import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { executorFor } from '../../db/executor';
import { SLACK_API_JOB, type SlackApiCall } from '../domain/slack/enqueue-slack-call';
import { type JobQueue, type QueueDefaults, workEagerly } from './queue';

export interface SlackApiJobData extends SlackApiCall {
  /** How many times Slack answered 429 so far (each time the job is re-sent after Retry-After). */
  rateLimited?: number;
}

/** Slack platform errors worth another try; every other `{ok:false}` is final. */
const TRANSIENT = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);
/** `{ok:false}` answers that mean the call already took effect (a retry after a lost response). */
const ALREADY_DONE = new Set(['already_reacted', 'already_pinned', 'no_reaction']);
const MAX_RATE_LIMITED = 20;

export const SLACK_API_QUEUE: QueueDefaults = {
  retryLimit: 10,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 120,
};

/** A WebClient that reports every failure instead of retrying by itself: the job retries. */
export function jobWebClient(token: string, slackApiUrl?: string) {
  return new WebClient(token, {
    slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
    timeout: 20_000,
  });
}

export interface SlackApiWorkerOptions {
  client: WebClient;
  log: Logger;
  /** Concurrent workers in this process. */
  workers?: number;
  pollingIntervalSeconds?: number;
  queue?: QueueDefaults;
}

/**
 * Runs `slack.api` jobs: `{method, args}` → `client.apiCall`. A 429 re-sends the job to start
 * after Slack's Retry-After (and completes this one, in one transaction, so exactly one of them
 * runs); network and 5xx errors throw, and pg-boss retries with exponential backoff; a final
 * `{ok:false}` completes the job with the error logged (a retry would fail the same way).
 */
export async function startSlackApiWorker(queue: JobQueue, opts: SlackApiWorkerOptions) {
  await queue.createQueue(SLACK_API_JOB, { ...SLACK_API_QUEUE, ...opts.queue });
  const ids: string[] = [];
  for (let i = 0; i < (opts.workers ?? 2); i++) {
    ids.push(
      await workEagerly<SlackApiJobData>(
        queue.boss,
        SLACK_API_JOB,
        { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
        async ([job]) => (job ? runSlackApiJob(queue, opts, job) : undefined),
      ),
    );
  }
  return { stop: () => Promise.all(ids.map((id) => queue.boss.offWork({ id }))) };
}

export async function runSlackApiJob(
  queue: JobQueue,
  opts: SlackApiWorkerOptions,
  job: PgBoss.Job<SlackApiJobData>,
) {
  const { method, args } = job.data;
  const log = opts.log.child({ job: job.id, method });
  try {
    const res = (await opts.client.apiCall(method, args)) as { ts?: string; channel?: string };
    log.debug('slack call done');
    return { ok: true, ts: res.ts, channel: res.channel };
  } catch (err) {
    return settleSlackError(queue, SLACK_API_JOB, job, err, log);
  }
}

/**
 * What a job does when its Web API call fails: a 429 re-sends the job (`rateLimited` counted in
 * its data) to start after Retry-After; a final `{ok:false}` completes it (logged); anything else
 * is thrown for pg-boss to retry with backoff. Shared by every job that calls Slack.
 */
export async function settleSlackError<T extends { rateLimited?: number }>(
  queue: JobQueue,
  name: string,
  job: PgBoss.Job<T>,
  err: unknown,
  log: Logger,
) {
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e.code === ErrorCode.RateLimitedError) {
    const rateLimited = (job.data.rateLimited ?? 0) + 1;
    if (rateLimited > MAX_RATE_LIMITED) throw err;
    const retryAfter = Math.max(1, Math.ceil(e.retryAfter ?? 1));
    await rescheduleAfter(queue, name, job, { ...job.data, rateLimited }, retryAfter);
    log.warn({ retryAfter, rateLimited }, 'slack rate limited: job re-sent after Retry-After');
    return { ok: false, rateLimited: true, retryAfter };
  }
  if (e.code === ErrorCode.PlatformError) {
    const error = e.data?.error ?? 'unknown';
    if (ALREADY_DONE.has(error)) return { ok: true, already: error };
    if (!TRANSIENT.has(error)) {
      log.error({ error }, 'slack call refused; not retried');
      return { ok: false, error };
    }
  }
  log.warn({ err: (err as Error).message }, 'slack call failed; pg-boss retries it');
  throw err;
}

/** Sends the continuation and completes the current job in one transaction. */
async function rescheduleAfter<T extends object>(
  queue: JobQueue,
  name: string,
  job: PgBoss.Job<T>,
  data: T,
  seconds: number,
) {
  await queue.database.db.transaction(async (tx) => {
    const db = executorFor(tx);
    await queue.boss.send(name, data, { startAfter: seconds, db });
    await queue.boss.complete(
      name,
      job.id,
      { rescheduled: true, retryAfter: seconds },
      {
        db,
      },
    );
  });
}
