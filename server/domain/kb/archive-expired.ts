import { and, eq, lt } from 'drizzle-orm';
import { kbArticles } from '../../../db/schema';
import type { Ctx } from '../context';
import { todayOf } from './article-type';

/**
 * ★ Stores what presentation already shows: Published articles whose expiration date has passed
 * become Archived. One indexed UPDATE that usually changes nothing, so lists and searches run it
 * first and then filter on the stored status. Returns how many were archived.
 */
export async function archiveExpiredArticles(ctx: Ctx): Promise<number> {
  const rows = await ctx.db
    .update(kbArticles)
    .set({ status: 'Archived', modifiedAt: ctx.clock.now() })
    .where(and(eq(kbArticles.status, 'Published'), lt(kbArticles.expirationDate, todayOf(ctx))))
    .returning({ id: kbArticles.id });
  return rows.length;
}
