import type { Hono } from 'hono';
import { type ConvertSource, convertRecord } from '../../domain/documents/convert-document';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

const SOURCES: ConvertSource[] = ['opportunities', 'quotes', 'sales-orders'];

/** `POST /api/<opportunities|quotes|sales-orders>/:id/convert {"to"}` → `201 {"id"}`. */
export function mountDocumentRoutes(app: Hono<AppEnv>) {
  for (const source of SOURCES) {
    app.post(`/api/${source}/:id/convert`, async (c) =>
      c.json(await convertRecord(c.var.ctx, source, c.req.param('id'), await jsonBody(c)), 201),
    );
  }
}
