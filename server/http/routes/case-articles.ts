import type { Hono } from 'hono';
import { Invalid } from '../../domain/errors';
import { linkArticleToCase } from '../../domain/kb/link-article-to-case';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

/** `POST /api/cases/:id/articles {articleId}` → 201 `{caseId, articleId, linked}`. */
export function mountCaseArticleRoutes(app: Hono<AppEnv>) {
  app.post('/api/cases/:id/articles', async (c) => {
    const { articleId } = await jsonBody(c);
    if (typeof articleId !== 'string') throw new Invalid({ articleId: 'Choose an article.' });
    return c.json(await linkArticleToCase(c.var.ctx, c.req.param('id'), articleId), 201);
  });
}
