import { and, asc, desc, ilike, type SQL, sql } from 'drizzle-orm';
import { kbArticles, kbSearchText } from '../../../db/schema';
import type { Ctx } from '../context';
import { archiveExpiredArticles } from './archive-expired';
import { liveCondition, todayOf } from './article-type';

export { linkArticleToCase } from './link-article-to-case';

export interface ArticleHit {
  id: string;
  name: string;
  /** Plain text around the first word found in the body (or its start), at most ~200 characters. */
  excerpt: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Plain text of a body (tags dropped, whitespace folded) around the first of the words found. */
export function excerptOf(body: string, words: string[], size = 200): string {
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const lower = text.toLowerCase();
  const found = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0);
  const at = found.length ? Math.min(...found) : 0;
  const start = at > 60 ? text.lastIndexOf(' ', at - 40) + 1 : 0;
  const end = start + size;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * The published articles (publish date reached or none, not expired) matching every word in the
 * title or body, best first: the more words in the title the better, then by title. What `/kb`
 * and the reply composer offer; every user may read these.
 */
export async function searchPublishedArticles(
  ctx: Ctx,
  words: string,
  limit = 5,
): Promise<ArticleHit[]> {
  const list = words.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (!list.length) return [];
  await archiveExpiredArticles(ctx);
  const patterns = list.map((w) => `%${escapeLike(w)}%`);
  const inName: SQL = sql.join(
    patterns.map((p) => sql`(${kbArticles.name} ilike ${p})::int`),
    sql` + `,
  );
  const rows = await ctx.db
    .select({ id: kbArticles.id, name: kbArticles.name, body: kbArticles.body })
    .from(kbArticles)
    .where(
      and(liveCondition(todayOf(ctx)), ...patterns.map((p) => ilike(kbSearchText(kbArticles), p))),
    )
    .orderBy(desc(sql`(${inName})`), asc(kbArticles.name), asc(kbArticles.id))
    .limit(Math.max(1, Math.min(limit, 50)));
  return rows.map((r) => ({ id: r.id, name: r.name, excerpt: excerptOf(r.body, list) }));
}
