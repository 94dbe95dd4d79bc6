import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { Logger } from 'pino';
import type { Services } from '../domain/context';
import { databaseIsUp } from '../domain/system/health';
import { requireAuth } from './auth';
import type { AppEnv } from './env';
import { errorResponse } from './errors';
import { resources } from './resources';
import { mountPrivateRoutes, mountPublicRoutes } from './routes';
import { mountAuthRoutes } from './routes/auth';
import { mountResource } from './simple-rest';
import { mountAdmin } from './static-admin';

export interface AppOptions {
  log: Logger;
  tokenTtlHours: number;
  /** Answers `POST /slack/events` (bot/receiver.ts) when Slack runs over HTTP. */
  slackEvents?: (request: Request) => Promise<Response>;
  /** INBOUND_EMAIL_TOKEN: enables `POST /api/inbound/email` (routes/inbound-email.ts). */
  inboundEmailToken?: string;
}

/** Paths under /api that need no token (contract.md). */
const LEAD_CAPTURE = /^\/api\/lead-capture\//;
const PUBLIC = [/^\/api\/auth\/login$/, LEAD_CAPTURE, /^\/api\/inbound\//];
/** Raw messages have their own, larger cap (routes/inbound-email.ts). */
const INBOUND_MAIL = /^\/api\/inbound\/email$/;

export function createApp(services: Services, opts: AppOptions) {
  const app = new Hono<AppEnv>();
  const log = opts.log;

  app.use('*', async (c, next) => {
    const id = c.req.header('X-Request-Id') ?? randomUUID();
    const started = performance.now();
    await next();
    c.header('X-Request-Id', id);
    log.debug(
      {
        reqId: id,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  app.onError((err, c) => errorResponse(err, c, log));

  app.get('/health', async (c) => {
    const up = await databaseIsUp(services);
    return up
      ? c.json({ status: 'ok', database: services.kind })
      : c.json({ status: 'unavailable', database: services.kind }, 503);
  });

  const slackEvents = opts.slackEvents;
  if (slackEvents) app.post('/slack/events', (c) => slackEvents(c.req.raw));

  const apiCors = cors({
    origin: (origin) => origin,
    allowHeaders: ['Authorization', 'Content-Type', 'Range'],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    exposeHeaders: ['Content-Range'],
  });
  // Lead capture answers CORS itself, per key (routes/lead-capture.ts): the generic rule would allow any origin.
  app.use('/api/*', (c, next) => (LEAD_CAPTURE.test(c.req.path) ? next() : apiCors(c, next)));
  const apiBodyLimit = bodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) => c.json({ message: 'The request is too large.' }, 413),
  });
  app.use('/api/*', (c, next) => (INBOUND_MAIL.test(c.req.path) ? next() : apiBodyLimit(c, next)));
  mountPublicRoutes(app, services, { log, inboundEmailToken: opts.inboundEmailToken });

  const auth = requireAuth(services);
  app.use('/api/*', async (c, next) => {
    if (PUBLIC.some((p) => p.test(c.req.path))) return next();
    return auth(c, next);
  });
  mountAuthRoutes(app, services, { tokenTtlHours: opts.tokenTtlHours });
  mountPrivateRoutes(app, services);
  for (const [name, handlers] of Object.entries(resources)) mountResource(app, name, handlers);
  app.all('/api/*', (c) => c.json({ message: 'No such API route.' }, 404));

  mountAdmin(app);
  app.notFound((c) => c.json({ message: 'Not found.' }, 404));
  return app;
}
