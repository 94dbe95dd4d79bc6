import { eq } from 'drizzle-orm';
import { kbArticles } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { NotFound } from '../errors';
import { type ListQuery, UUID } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { archiveExpiredArticles } from './archive-expired';
import { articleReadScope, assertOnArticle } from './article-access';
import { type ArticleRow, articleList } from './article-type';
import { presentArticle } from './present-article';

/** The article, checked for `action`; 404 for an unknown id. */
export async function findArticle(
  ctx: Ctx,
  id: string,
  action: 'read' | 'edit' | 'delete' = 'read',
): Promise<ArticleRow> {
  if (!UUID.test(id)) throw new NotFound('Article');
  const [row] = await ctx.db.select().from(kbArticles).where(eq(kbArticles.id, id));
  if (!row) throw new NotFound('Article');
  assertOnArticle(ctx, action, row);
  return row;
}

export async function getArticle(ctx: Ctx, id: string) {
  return presentArticle(ctx, await findArticle(ctx, id));
}

/** Lists the articles the user may read; `q` searches title and body. */
export async function listArticles(ctx: Ctx, query: ListQuery) {
  await archiveExpiredArticles(ctx);
  const scope = articleReadScope(ctx);
  const r = await listTable<ArticleRow>(ctx, articleList, query, [scope]);
  return { ...r, data: r.data.map((a) => presentArticle(ctx, a)) };
}

/** Deleting an article unlinks it from its cases (the links cascade). */
export async function deleteArticle(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await findArticle(tx, id, 'delete');
    await tx.db.delete(kbArticles).where(eq(kbArticles.id, id));
    return presentArticle(tx, row);
  });
}
