import type { Hono } from 'hono';
import { convertLead } from '../../domain/leads/convert-lead';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

export function mountLeadRoutes(app: Hono<AppEnv>) {
  app.post('/api/leads/:id/convert', async (c) =>
    c.json(await convertLead(c.var.ctx, c.req.param('id'), await jsonBody(c))),
  );
}
