import { and, eq } from 'drizzle-orm';
import { channelFollows, slackCards } from '../../../db/schema';
import type { Ctx } from '../context';

/** The job that brings a case's Slack thread up to date (server/jobs/slack-thread.ts). */
export const SLACK_THREAD_JOB = 'slack.thread';

/**
 * What a `slack.thread` job carries: which case's thread in which channel. The job posts every
 * note of the case that thread does not show yet, oldest first, so a note written before the card
 * was posted (the first e-mail of a new case) and a job lost with a crash are caught up by the
 * next one. `noteId` is the note that caused the job (for logs).
 */
export interface SlackThreadJob {
  caseId: string;
  channel: string;
  noteId?: string;
}

/** The notes a case thread shows (Create is the card itself). */
export const THREAD_NOTE_TYPES = [
  'Update',
  'Assign',
  'EmailReceived',
  'EmailSent',
  'Post',
  'Relate',
] as const;

/** Update notes are shown for these changes only (slack.md: status changes as one-line notes). */
export const THREAD_UPDATE_FIELDS = ['status', 'priority'] as const;

/** Where a note came from when it was typed in a Slack thread (`data.slack`). */
export function slackOrigin(data: unknown): { channel: string; ts: string } | null {
  const slack = (data as { slack?: { channel?: unknown; ts?: unknown } } | null)?.slack;
  return typeof slack?.channel === 'string' && typeof slack.ts === 'string'
    ? { channel: slack.channel, ts: slack.ts }
    : null;
}

function shownInThread(note: { type: string; data?: unknown }) {
  if (!(THREAD_NOTE_TYPES as readonly string[]).includes(note.type)) return false;
  if (note.type !== 'Update') return true;
  const fields = (note.data as { fields?: Record<string, unknown> } | null)?.fields ?? {};
  return THREAD_UPDATE_FIELDS.some((f) => f in fields);
}

/**
 * The support channels showing this case's thread: those holding its card that still follow
 * cases (a channel that stopped following keeps its old cards, but gets no more thread posts).
 */
export async function caseThreadChannels(ctx: Ctx, caseId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ channel: slackCards.channel })
    .from(slackCards)
    .innerJoin(
      channelFollows,
      and(eq(channelFollows.channelId, slackCards.channel), eq(channelFollows.entityType, 'Case')),
    )
    .where(and(eq(slackCards.entityType, 'Case'), eq(slackCards.entityId, caseId)));
  return rows.map((r) => r.channel);
}

/**
 * Called by addNote (stream/add-note.ts) for every note on a case, inside the note's transaction:
 * enqueues one `slack.thread` job per channel whose card thread shows the case, except the channel
 * the note was typed in (it is there already). Nothing when this process runs no thread jobs.
 */
export async function threadNote(
  ctx: Ctx,
  note: { id: string; type: string; parentType: string; parentId: string; data?: unknown },
): Promise<void> {
  if (note.parentType !== 'Case' || !ctx.jobs.has(SLACK_THREAD_JOB)) return;
  if (!shownInThread(note)) return;
  const from = slackOrigin(note.data);
  for (const channel of await caseThreadChannels(ctx, note.parentId)) {
    if (from?.channel === channel) continue;
    await queueThreadSync(ctx, note.parentId, channel, note.id);
  }
}

/**
 * Brings one channel's thread of a case up to date: called when a case card is posted (the
 * notes written before it are then posted under it) and for each new note.
 */
export async function queueThreadSync(ctx: Ctx, caseId: string, channel: string, noteId?: string) {
  if (!ctx.jobs.has(SLACK_THREAD_JOB)) return;
  const job: SlackThreadJob = { caseId, channel, ...(noteId ? { noteId } : {}) };
  await ctx.jobs.send(ctx.db, SLACK_THREAD_JOB, job);
}
