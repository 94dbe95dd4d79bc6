import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Services } from '../../domain/context';
import type { AppEnv } from '../env';
import { mountCaseArticleRoutes } from './case-articles';
import { mountCaseReplyRoutes } from './case-replies';
import { mountDocumentEmailRoutes } from './document-email';
import { mountDocumentRoutes } from './documents';
import { mountEmailAccountRoutes } from './email-accounts';
import { mountEmailRoutes } from './emails';
import { mountInboundEmail } from './inbound-email';
import { mountLeadCapture, mountLeadCaptureKeyRoutes } from './lead-capture';
import { mountLeadRoutes } from './leads';
import { mountPdfRoutes } from './pdf';
import { mountReportRoutes } from './reports';
import { mountSettingsRoutes } from './settings';

/** Routes outside ra-data-simple-rest that need no token (lead capture, inbound mail). */
export function mountPublicRoutes(
  _app: Hono<AppEnv>,
  _services: Services,
  _opts: { log: Logger; inboundEmailToken?: string },
) {
  mountLeadCapture(_app, _services, _opts);
  mountInboundEmail(_app, _services, { log: _opts.log, token: _opts.inboundEmailToken });
}

/** Routes outside ra-data-simple-rest behind the token: conversions, reports, settings. */
export function mountPrivateRoutes(_app: Hono<AppEnv>, _services: Services) {
  mountLeadRoutes(_app);
  mountDocumentRoutes(_app);
  mountPdfRoutes(_app);
  mountDocumentEmailRoutes(_app);
  mountCaseReplyRoutes(_app);
  mountCaseArticleRoutes(_app);
  mountLeadCaptureKeyRoutes(_app);
  mountEmailAccountRoutes(_app);
  mountEmailRoutes(_app);
  mountReportRoutes(_app);
  mountSettingsRoutes(_app);
}
