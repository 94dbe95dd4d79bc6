import { createHash, timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { systemActor } from '../../domain/access/actor';
import { type Services, withActor } from '../../domain/context';
import { Invalid, Unauthorized } from '../../domain/errors';
import { ingestEmail } from '../../domain/inbox/ingest-email';
import type { AppEnv } from '../env';

/** Raw messages with attachments are larger than the API's 1 MiB (app.ts skips it for this path). */
export const INBOUND_MAX_BYTES = 25 * 1024 * 1024;
export const INBOUND_EMAIL_PATH = '/api/inbound/email';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compared in constant time (on digests, which have the same length whatever was sent). */
function tokenMatches(header: string | undefined, token: string): boolean {
  const sent = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  return timingSafeEqual(digest(sent), digest(token)) && sent.length > 0;
}

/**
 * `POST /api/inbound/email` (contract.md): a mail provider's inbound route posts the raw MIME
 * message with `Authorization: Bearer $INBOUND_EMAIL_TOKEN`. Mounted only when the token is set
 * (otherwise 404). 202 with where the message went; a database failure is a 503, so the provider
 * keeps the message and retries (a retry of a stored message is recognised by its Message-ID).
 */
export function mountInboundEmail(
  app: Hono<AppEnv>,
  services: Services,
  opts: { log: Logger; token?: string },
) {
  const token = opts.token;
  if (!token) return;
  app.post(
    INBOUND_EMAIL_PATH,
    async (c, next) => {
      if (!tokenMatches(c.req.header('Authorization'), token)) {
        throw new Unauthorized('A valid inbound e-mail token is required.');
      }
      await next();
    },
    bodyLimit({
      maxSize: INBOUND_MAX_BYTES,
      onError: (c) => c.json({ message: 'The message is too large.' }, 413),
    }),
    async (c) => {
      const raw = Buffer.from(await c.req.arrayBuffer());
      if (!raw.length) {
        throw new Invalid({ _: 'Send the raw message as the body.' }, 'The body is empty.');
      }
      try {
        const r = await ingestEmail(withActor(services, systemActor), { raw, source: 'webhook' });
        opts.log.info(
          { emailId: r.emailId, status: r.status, duplicate: r.duplicate },
          'inbound e-mail',
        );
        return c.json(
          { id: r.emailId, status: r.status, duplicate: r.duplicate, caseId: r.caseId },
          202,
        );
      } catch (err) {
        opts.log.error({ err }, 'inbound e-mail could not be stored');
        return c.json({ message: 'The message could not be stored; please retry later.' }, 503);
      }
    },
  );
}
