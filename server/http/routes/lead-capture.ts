import type { Context, Hono } from 'hono';
import type { Logger } from 'pino';
import type { Services } from '../../domain/context';
import { Invalid } from '../../domain/errors';
import { captureLead } from '../../domain/lead-capture/capture-lead';
import { captureKeyFor } from '../../domain/lead-capture/find-key';
import { regenerateCaptureKey } from '../../domain/lead-capture/keys';
import { jsonBody } from '../body';
import { clientAddress } from '../client-address';
import type { AppEnv } from '../env';

const PATH = '/api/lead-capture/:apiKey';

/** Per-key CORS: the answer names the caller's origin only once the key allowed it. */
function allowOrigin(c: Context, origin: string | null) {
  c.header('Vary', 'Origin');
  if (origin) c.header('Access-Control-Allow-Origin', origin);
}

/** JSON, or what a plain HTML form sends (urlencoded or multipart; files are ignored). */
async function formBody(c: Context): Promise<Record<string, unknown>> {
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  if (type.startsWith('application/json')) return jsonBody(c);
  if (
    type.startsWith('application/x-www-form-urlencoded') ||
    type.startsWith('multipart/form-data')
  ) {
    const form = await c.req.parseBody().catch(() => {
      throw new Invalid({ _: 'The form could not be read.' }, 'The form could not be read.');
    });
    return Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string'));
  }
  throw new Invalid(
    { _: 'Send JSON or a form.' },
    'Send the lead as JSON or as a form (application/x-www-form-urlencoded).',
  );
}

/** Public web-to-lead; the generic /api CORS rule skips this path (app.ts). */
export function mountLeadCapture(app: Hono<AppEnv>, services: Services, opts: { log: Logger }) {
  app.options(PATH, async (c) => {
    const origin = c.req.header('Origin') ?? null;
    await captureKeyFor(services, c.req.param('apiKey'), origin);
    allowOrigin(c, origin);
    c.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
    c.header('Access-Control-Allow-Headers', 'Content-Type');
    c.header('Access-Control-Max-Age', '600');
    return c.body(null, 204);
  });
  app.post(PATH, async (c) => {
    const origin = c.req.header('Origin') ?? null;
    const key = await captureKeyFor(services, c.req.param('apiKey'), origin);
    // Set before anything can fail, so the form's script can read our error messages too.
    allowOrigin(c, origin);
    const r = await captureLead(services, key, await formBody(c), {
      clientAddress: clientAddress(c),
    });
    // The key's name, never the key itself: it would end up in log files.
    opts.log.info({ captureKey: key.name, outcome: r.outcome }, 'lead capture');
    return c.json({ id: r.id }, 201);
  });
}

/** Admin: replace a key that leaked or is abused (additions to the contract). */
export function mountLeadCaptureKeyRoutes(app: Hono<AppEnv>) {
  app.post('/api/lead-capture-keys/:id/regenerate', async (c) =>
    c.json(await regenerateCaptureKey(c.var.ctx, c.req.param('id'))),
  );
}
