import pino from 'pino';
import { type MailWorkerOptions, startMailWorker } from '../../server/jobs/mail-send';
import { type JobQueue, type QueueDefaults, startJobQueue } from '../../server/jobs/queue';
import { jobWebClient, startSlackApiWorker } from '../../server/jobs/slack-api';
import { startSlackCardWorker } from '../../server/jobs/slack-card';
import { startSlackThreadWorker } from '../../server/jobs/slack-thread';
import type { TestApp } from './app';

export interface TestWorkers {
  queue: JobQueue;
  /** Stops only the mail worker (an SMTP outage is simulated by stopping the sink instead). */
  stopMail(): Promise<void>;
  /** Stops the workers and the queue; the app's services enqueue no more jobs. */
  stop(): Promise<void>;
}

/**
 * A real job queue on the test database with the workers server/main.ts runs, polling fast and
 * retrying soon: always `slack.api` (to the fake Slack at `slackApiUrl`); the record cards with
 * `cards`, the case-thread sync with `threads`, the outbound mail with `mail`. The app's services
 * send their jobs to it.
 */
export async function startWorkers(
  t: TestApp,
  opts: {
    slackApiUrl: string;
    cards?: { publicUrl: string };
    threads?: boolean;
    mail?: Omit<MailWorkerOptions, 'log' | 'pollingIntervalSeconds'>;
    /** The Slack queues' retries (default: 3, one second apart). */
    slackQueue?: QueueDefaults;
  },
): Promise<TestWorkers> {
  const log = pino({ level: 'silent' });
  const queue = await startJobQueue(t.database, { log });
  const client = jobWebClient('xoxb-test', opts.slackApiUrl);
  const fast = {
    pollingIntervalSeconds: 0.5,
    queue: opts.slackQueue ?? { retryDelay: 1, retryLimit: 3 },
  };
  const workers: { stop(): Promise<unknown> }[] = [
    await startSlackApiWorker(queue, { client, log, ...fast }),
  ];
  if (opts.cards) {
    workers.push(
      await startSlackCardWorker(queue, { client, log, publicUrl: opts.cards.publicUrl, ...fast }),
    );
  }
  if (opts.threads) workers.push(await startSlackThreadWorker(queue, { client, log, ...fast }));
  const mailWorker = opts.mail
    ? await startMailWorker(queue, { ...opts.mail, log, pollingIntervalSeconds: 0.5 })
    : undefined;
  t.services.jobs = queue.jobs;
  let mailStopped = false;
  const stopMail = async () => {
    if (!mailStopped) await mailWorker?.stop();
    mailStopped = true;
  };
  return {
    queue,
    stopMail,
    stop: async () => {
      await stopMail();
      for (const w of workers) await w.stop();
      await queue.stop();
      t.services.jobs = undefined;
    },
  };
}
