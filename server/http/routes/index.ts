import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Services } from '../../domain/context';
import type { AppEnv } from '../env';
import { mountDocumentEmailRoutes } from './document-email';
import { mountDocumentRoutes } from './documents';
import { mountLeadCapture, mountLeadCaptureKeyRoutes } from './lead-capture';
import { mountLeadRoutes } from './leads';
import { mountPdfRoutes } from './pdf';
import { mountReportRoutes } from './reports';
import { mountSettingsRoutes } from './settings';

/** Routes outside ra-data-simple-rest that need no token (lead capture, inbound mail). */
export function mountPublicRoutes(_app: Hono<AppEnv>, _services: Services, _opts: { log: Logger }) {
  mountLeadCapture(_app, _services, _opts);
}

/** Routes outside ra-data-simple-rest behind the token: conversions, reports, settings. */
export function mountPrivateRoutes(_app: Hono<AppEnv>, _services: Services) {
  mountLeadRoutes(_app);
  mountDocumentRoutes(_app);
  mountPdfRoutes(_app);
  mountDocumentEmailRoutes(_app);
  mountLeadCaptureKeyRoutes(_app);
  mountReportRoutes(_app);
  mountSettingsRoutes(_app);
}
