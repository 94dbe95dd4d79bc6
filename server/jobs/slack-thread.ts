import type { WebClient } from '@slack/web-api';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { speechFor } from '../../bot/i18n';
import { threadNoteText } from '../../bot/views/thread-note';
import { systemActor } from '../domain/access/actor';
import { type Clock, type Ctx, systemClock } from '../domain/context';
import { SLACK_THREAD_JOB, type SlackThreadJob } from '../domain/notify/case-thread';
import {
  claimThreadPost,
  pendingThreadNotes,
  recordThreadPost,
  releaseThreadPost,
} from '../domain/notify/thread-backlog';
import { type JobQueue, type QueueDefaults, workEagerly } from './queue';
import { SLACK_API_QUEUE, settleSlackError } from './slack-api';

export interface SlackThreadJobData extends SlackThreadJob {
  rateLimited?: number;
}

export interface SlackThreadWorkerOptions {
  client: WebClient;
  log: Logger;
  clock?: Clock;
  pollingIntervalSeconds?: number;
  queue?: QueueDefaults;
}

/**
 * Runs `slack.thread` jobs (server/domain/notify/case-thread.ts): posts, under a case card, the
 * case's notes that thread does not show yet, oldest first. Each (note, channel) is claimed in
 * `slack_thread_posts` before it is posted, so a note is posted once however many jobs (a card's
 * catch-up and the note's own job) or processes run at the same time. One worker per process:
 * the thread reads in order.
 */
export async function startSlackThreadWorker(queue: JobQueue, opts: SlackThreadWorkerOptions) {
  await queue.createQueue(SLACK_THREAD_JOB, { ...SLACK_API_QUEUE, ...opts.queue });
  const id = await workEagerly<SlackThreadJobData>(
    queue.boss,
    SLACK_THREAD_JOB,
    { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
    async ([job]) => (job ? runSlackThreadJob(queue, opts, job) : undefined),
  );
  return { stop: () => queue.boss.offWork({ id }) };
}

export async function runSlackThreadJob(
  queue: JobQueue,
  opts: SlackThreadWorkerOptions,
  job: PgBoss.Job<SlackThreadJobData>,
) {
  const { caseId, channel } = job.data;
  const log = opts.log.child({ job: job.id, caseId, channel, noteId: job.data.noteId });
  const ctx: Ctx = {
    db: queue.database.db,
    actor: systemActor,
    jobs: queue.jobs,
    clock: opts.clock ?? systemClock,
  };
  const backlog = await pendingThreadNotes(ctx, caseId, channel);
  if (!backlog) return { ok: true, skipped: 'no case card in a support channel' };
  const s = speechFor(backlog.locale);
  let posted = 0;
  for (const note of backlog.notes) {
    if (!(await claimThreadPost(ctx, note.id, channel))) continue;
    const text = threadNoteText(note, s);
    if (!text) {
      // Nothing to show (e.g. an Update of other fields): recorded so it is not looked at again.
      await recordThreadPost(ctx, note.id, channel, '');
      continue;
    }
    try {
      const res = (await opts.client.apiCall('chat.postMessage', {
        channel,
        thread_ts: backlog.cardTs,
        text,
        unfurl_links: false,
        unfurl_media: false,
      })) as { ts?: string };
      await recordThreadPost(ctx, note.id, channel, res.ts ?? '');
      posted++;
    } catch (err) {
      await releaseThreadPost(ctx, note.id, channel);
      return settleSlackError(queue, SLACK_THREAD_JOB, job, err, log);
    }
  }
  // A long backlog: the rest in a follow-up job (a run stays short).
  if (backlog.more) await queue.jobs.send(ctx.db, SLACK_THREAD_JOB, { caseId, channel });
  log.debug({ posted }, 'case thread up to date');
  return { ok: true, posted };
}
