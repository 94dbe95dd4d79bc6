import type { Context, Hono } from 'hono';
import { getEmailAttachment, getRawEmail } from '../../domain/inbox/email-queries';
import { replayEmail } from '../../domain/inbox/replay-email';
import type { AppEnv } from '../env';

/** A download, never rendered in our origin (an HTML attachment must not run as our page). */
function download(c: Context<AppEnv>, bytes: Buffer, contentType: string, filename: string) {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  c.header('Content-Type', contentType);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', 'no-store');
  c.header(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );
  return c.body(new Uint8Array(bytes));
}

/**
 * Beside the read-only `emails` resource: replaying a quarantined message (admins), an
 * attachment's bytes, and the raw message (admins).
 */
export function mountEmailRoutes(app: Hono<AppEnv>) {
  app.post('/api/emails/:id/replay', async (c) =>
    c.json(await replayEmail(c.var.ctx, c.req.param('id'))),
  );
  app.get('/api/emails/:id/attachments/:position', async (c) => {
    const position = /^\d{1,6}$/.test(c.req.param('position'))
      ? Number(c.req.param('position'))
      : -1;
    const file = await getEmailAttachment(c.var.ctx, c.req.param('id'), position);
    return download(c, file.content, file.contentType, file.filename);
  });
  app.get('/api/emails/:id/raw', async (c) => {
    const raw = await getRawEmail(c.var.ctx, c.req.param('id'));
    return download(c, raw, 'message/rfc822', `${c.req.param('id')}.eml`);
  });
}
