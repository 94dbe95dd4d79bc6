import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import {
  channelFollows,
  emails,
  kbArticles,
  notes,
  slackCards,
  slackThreadPosts,
} from '../../../db/schema';
import type { Ctx } from '../context';
import { userNames } from '../users/user-names';
import { THREAD_NOTE_TYPES, THREAD_UPDATE_FIELDS } from './case-thread';

/** A claim older than this whose post never finished (a crashed process) may be taken again. */
const STALE_CLAIM_MS = 5 * 60 * 1000;
/** At most this many notes per run; the job runs again for the rest. */
const BATCH = 50;

/** One note as its thread message shows it: the note plus the names it needs. */
export interface ThreadNote {
  id: string;
  type: string;
  post: string | null;
  isInternal: boolean;
  data: Record<string, unknown>;
  /** Who wrote it (a CRM user); null for the system (mail ingest, reopening). */
  author: string | null;
  /** E-mail notes: the e-mail's sender, recipients and attachment names. */
  email: { from: string | null; fromName: string | null; to: string[]; files: string[] } | null;
  /** Assign notes: the names of the previous and the new assignee. */
  assign: { was: string | null; became: string | null } | null;
  /** Relate notes: the related record's name when known. */
  related: { type: string; name: string | null } | null;
}

export interface ThreadBacklog {
  /** The case card's ts: the thread's parent. */
  cardTs: string;
  /** The language of the channel's cards. */
  locale: string | null;
  notes: ThreadNote[];
  /** More notes wait than this run took. */
  more: boolean;
}

const emailIdOf = (n: {
  data: Record<string, unknown>;
  relatedType: string | null;
  relatedId: string | null;
}) =>
  typeof n.data.emailId === 'string'
    ? n.data.emailId
    : n.relatedType === 'Email' && n.relatedId
      ? n.relatedId
      : null;

/**
 * The notes of a case that one channel's card thread does not show yet, oldest first, with the
 * names they need. Null when that channel holds no card of the case or no longer follows cases.
 * Notes older than the channel's follow are history it never had (a card posted there later for
 * an old case does not replay years of notes); notes typed in that thread are there already.
 */
export async function pendingThreadNotes(
  ctx: Ctx,
  caseId: string,
  channel: string,
): Promise<ThreadBacklog | null> {
  const [card] = await ctx.db
    .select({ ts: slackCards.ts })
    .from(slackCards)
    .where(
      and(
        eq(slackCards.entityType, 'Case'),
        eq(slackCards.entityId, caseId),
        eq(slackCards.channel, channel),
      ),
    );
  const [follow] = await ctx.db
    .select({ createdAt: channelFollows.createdAt, locale: channelFollows.locale })
    .from(channelFollows)
    .where(and(eq(channelFollows.channelId, channel), eq(channelFollows.entityType, 'Case')));
  if (!card || !follow) return null;

  const stale = new Date(ctx.clock.now().getTime() - STALE_CLAIM_MS);
  const shownUpdate = or(
    sql`${notes.type} <> 'Update'`,
    // The field names are our own constants, not input.
    ...THREAD_UPDATE_FIELDS.map(
      (f) => sql`${notes.data}->'fields'->${sql.raw(`'${f}'`)} is not null`,
    ),
  );
  const rows = await ctx.db
    .select({
      id: notes.id,
      type: notes.type,
      post: notes.post,
      isInternal: notes.isInternal,
      data: notes.data,
      relatedType: notes.relatedType,
      relatedId: notes.relatedId,
      createdById: notes.createdById,
    })
    .from(notes)
    .leftJoin(
      slackThreadPosts,
      and(eq(slackThreadPosts.noteId, notes.id), eq(slackThreadPosts.channel, channel)),
    )
    .where(
      and(
        eq(notes.parentType, 'Case'),
        eq(notes.parentId, caseId),
        inArray(notes.type, [...THREAD_NOTE_TYPES]),
        gte(notes.createdAt, follow.createdAt),
        shownUpdate,
        sql`coalesce(${notes.data}->'slack'->>'channel', '') <> ${channel}`,
        or(
          isNull(slackThreadPosts.noteId),
          and(isNull(slackThreadPosts.ts), lt(slackThreadPosts.claimedAt, stale)),
        ),
      ),
    )
    .orderBy(asc(notes.createdAt), asc(notes.id))
    .limit(BATCH + 1);
  const batch = rows.slice(0, BATCH);

  const assignIds = batch
    .filter((n) => n.type === 'Assign')
    .flatMap((n) => [n.data.was, n.data.became])
    .filter((v): v is string => typeof v === 'string');
  const people = await userNames(ctx, [...batch.map((n) => n.createdById), ...assignIds]);
  const nameOf = (id: unknown) => (typeof id === 'string' ? (people.get(id)?.name ?? null) : null);

  const emailIds = batch.map(emailIdOf).filter((v): v is string => !!v);
  const mails = emailIds.length
    ? await ctx.db
        .select({
          id: emails.id,
          from: emails.from,
          fromName: emails.fromName,
          to: emails.to,
          attachments: emails.attachments,
        })
        .from(emails)
        .where(inArray(emails.id, emailIds))
    : [];
  const mailById = new Map(mails.map((m) => [m.id, m]));

  const articleIds = batch
    .filter((n) => n.type === 'Relate' && n.relatedType === 'KnowledgeBaseArticle' && n.relatedId)
    .map((n) => n.relatedId!);
  const articles = articleIds.length
    ? await ctx.db
        .select({ id: kbArticles.id, name: kbArticles.name })
        .from(kbArticles)
        .where(inArray(kbArticles.id, articleIds))
    : [];
  const articleName = new Map(articles.map((a) => [a.id, a.name]));

  const notesOut = batch.map((n): ThreadNote => {
    const emailId = emailIdOf(n);
    const mail = emailId ? mailById.get(emailId) : undefined;
    const d = n.data;
    const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
    return {
      id: n.id,
      type: n.type,
      post: n.post,
      isInternal: n.isInternal,
      data: d,
      author: nameOf(n.createdById),
      email:
        n.type === 'EmailReceived' || n.type === 'EmailSent'
          ? {
              from: mail?.from ?? str(d.from),
              fromName: mail?.fromName ?? str(d.fromName),
              to: mail?.to ?? (Array.isArray(d.to) ? d.to.map(String) : []),
              files: mail
                ? mail.attachments.map((a) => a.filename).filter(Boolean)
                : Array.isArray(d.attachments)
                  ? d.attachments.map(String)
                  : [],
            }
          : null,
      assign: n.type === 'Assign' ? { was: nameOf(d.was), became: nameOf(d.became) } : null,
      related:
        n.type === 'Relate' && n.relatedType
          ? {
              type: n.relatedType,
              name: (n.relatedId ? articleName.get(n.relatedId) : undefined) ?? str(d.name),
            }
          : null,
    };
  });
  return { cardTs: card.ts, locale: follow.locale, notes: notesOut, more: rows.length > BATCH };
}

/**
 * Takes the right to post one note in one channel's thread: true for exactly one caller, however
 * many jobs or processes try at once (the row's key), unless an earlier claim went stale unposted.
 */
export async function claimThreadPost(ctx: Ctx, noteId: string, channel: string) {
  const now = ctx.clock.now();
  const stale = new Date(now.getTime() - STALE_CLAIM_MS);
  const rows = await ctx.db
    .insert(slackThreadPosts)
    .values({ noteId, channel, claimedAt: now })
    .onConflictDoUpdate({
      target: [slackThreadPosts.noteId, slackThreadPosts.channel],
      set: { claimedAt: now },
      setWhere: and(isNull(slackThreadPosts.ts), lt(slackThreadPosts.claimedAt, stale)),
    })
    .returning({ noteId: slackThreadPosts.noteId });
  return rows.length > 0;
}

/** The note is in the thread: its message's ts. */
export async function recordThreadPost(ctx: Ctx, noteId: string, channel: string, ts: string) {
  await ctx.db
    .update(slackThreadPosts)
    .set({ ts, postedAt: ctx.clock.now() })
    .where(and(eq(slackThreadPosts.noteId, noteId), eq(slackThreadPosts.channel, channel)));
}

/** The post failed: give the claim back so the retried job posts the note. */
export async function releaseThreadPost(ctx: Ctx, noteId: string, channel: string) {
  await ctx.db
    .delete(slackThreadPosts)
    .where(
      and(
        eq(slackThreadPosts.noteId, noteId),
        eq(slackThreadPosts.channel, channel),
        isNull(slackThreadPosts.ts),
      ),
    );
}
