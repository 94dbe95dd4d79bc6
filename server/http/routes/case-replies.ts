import type { Hono } from 'hono';
import { replyToCase } from '../../domain/case-mail/reply-to-case';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

/**
 * `POST /api/cases/:id/reply {body, internal?}` → `201 {noteId, emailId}`: mailed to the customer
 * (queued, threaded), or an internal note (`emailId` null).
 */
export function mountCaseReplyRoutes(app: Hono<AppEnv>) {
  app.post('/api/cases/:id/reply', async (c) =>
    c.json(await replyToCase(c.var.ctx, c.req.param('id'), await jsonBody(c)), 201),
  );
}
