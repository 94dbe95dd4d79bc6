import type { WebClient } from '@slack/web-api';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { speechFor } from '../../bot/i18n';
import { type Block, context } from '../../bot/views/block-kit';
import { caseCard, caseTitle, toCaseData } from '../../bot/views/case-card';
import { dealCard } from '../../bot/views/deal-card';
import { leadCard } from '../../bot/views/lead-card';
import { toDealData, toLeadData, type Viewer } from '../../bot/views/records';
import { systemActor } from '../domain/access/actor';
import { type Ctx, systemClock } from '../domain/context';
import { type CardSubject, cardSubject, rememberCard } from '../domain/notify/card-subject';
import { SLACK_CARD_JOB, type SlackCardJob } from '../domain/notify/notify-record';
import { type JobQueue, type QueueDefaults, workEagerly } from './queue';
import { SLACK_API_QUEUE, settleSlackError } from './slack-api';

export interface SlackCardJobData extends SlackCardJob {
  rateLimited?: number;
}

export interface SlackCardWorkerOptions {
  client: WebClient;
  log: Logger;
  /** Base of the admin links on cards (`PUBLIC_URL`). */
  publicUrl: string;
  pollingIntervalSeconds?: number;
  queue?: QueueDefaults;
}

/**
 * Runs `slack.card` jobs (server/domain/notify/notify-record.ts): reads the record as it is now,
 * builds its card in the reader's language and posts it, or, for a channel that already has the
 * record's card, updates that message in place. One worker: a record's post and a later change
 * run one after the other, so the change finds the posted card instead of posting a second one.
 */
export async function startSlackCardWorker(queue: JobQueue, opts: SlackCardWorkerOptions) {
  await queue.createQueue(SLACK_CARD_JOB, { ...SLACK_API_QUEUE, ...opts.queue });
  const id = await workEagerly<SlackCardJobData>(
    queue.boss,
    SLACK_CARD_JOB,
    { batchSize: 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
    async ([job]) => (job ? runSlackCardJob(queue, opts, job) : undefined),
  );
  return { stop: () => queue.boss.offWork({ id }) };
}

/** The card's fallback text (notifications) and blocks, in the subject's language. */
function render(job: SlackCardJob, subject: CardSubject, publicUrl: string) {
  const s = speechFor(subject.locale);
  const viewer: Viewer = { userId: subject.readerId, people: subject.people };
  let title: string;
  let what: string;
  let blocks: Block[];
  if (job.entityType === 'Case') {
    // French agrees "nouveau ticket" / "modifié" with the masculine noun: sentences of their own.
    const c = toCaseData(subject.record);
    title = caseTitle(c);
    blocks = caseCard(c, { viewer, parties: subject.parties }, s, publicUrl);
    const headline =
      job.event === 'created'
        ? s.m.case.cardNew(title, job.actorName)
        : s.m.case.cardChanged(title, job.actorName);
    return { headline, title, blocks };
  }
  if (job.entityType === 'Lead') {
    const lead = toLeadData(subject.record);
    title = `${lead.number} ${lead.name}`;
    what = s.m.lead;
    blocks = leadCard(lead, viewer, s, publicUrl);
  } else {
    const deal = toDealData(subject.record);
    title = `${deal.number} ${deal.name}`;
    what = s.m.deal;
    blocks = dealCard(deal, subject.stages, viewer, s, publicUrl);
  }
  const headline =
    job.event === 'created'
      ? s.m.cardNew(what, title, job.actorName)
      : s.m.cardChanged(title, job.actorName);
  return { headline, title, blocks };
}

export async function runSlackCardJob(
  queue: JobQueue,
  opts: SlackCardWorkerOptions,
  job: PgBoss.Job<SlackCardJobData>,
) {
  const data = job.data;
  const log = opts.log.child({ job: job.id, card: `${data.entityType}:${data.entityId}` });
  const ctx: Ctx = {
    db: queue.database.db,
    actor: systemActor,
    // Posting a case card queues its thread's catch-up (slack.thread), when this process runs it.
    jobs: queue.jobs,
    clock: systemClock,
  };
  const t = data.target;
  let target = t;
  if (t.kind === 'user') {
    // The member's Slack language; the CRM user's own setting when Slack does not say.
    const info = await opts.client.users
      .info({ user: t.slackUserId, include_locale: true })
      .catch(() => undefined);
    if (info?.user?.locale) target = { ...t, locale: info.user.locale };
  }
  const subject = await cardSubject(ctx, { ...data, target });
  if (!subject) return { ok: true, skipped: 'record gone or not readable' };
  const { headline, blocks } = render(data, subject, opts.publicUrl);
  try {
    if (target.kind === 'user') {
      await opts.client.apiCall('chat.postMessage', {
        channel: target.slackUserId,
        text: headline,
        blocks: [context(headline), ...blocks],
        unfurl_links: false,
      });
      return { ok: true, dm: target.slackUserId };
    }
    if (subject.postedTs) {
      await opts.client.apiCall('chat.update', {
        channel: target.channel,
        ts: subject.postedTs,
        text: headline,
        blocks,
      });
      return { ok: true, updated: subject.postedTs };
    }
    if (target.updateOnly) return { ok: true, skipped: 'no card posted' };
    const res = (await opts.client.apiCall('chat.postMessage', {
      channel: target.channel,
      text: headline,
      blocks,
      unfurl_links: false,
    })) as { ts?: string };
    if (res.ts) {
      await rememberCard(ctx, {
        entityType: data.entityType,
        entityId: data.entityId,
        channel: target.channel,
        ts: res.ts,
      });
    }
    return { ok: true, posted: res.ts };
  } catch (err) {
    return settleSlackError(queue, SLACK_CARD_JOB, job, err, log);
  }
}
