import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { DomainError, Invalid, TooMany } from '../domain/errors';

const STATUS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many: 429,
} as const;

/** Maps every error to the contract's JSON; anything unexpected is logged and never shown. */
export function errorResponse(err: unknown, c: Context, log: Logger) {
  if (err instanceof DomainError) {
    if (err instanceof TooMany) c.header('Retry-After', String(err.retryAfterSeconds));
    const body: Record<string, unknown> = { message: err.message, ...err.details };
    if (err instanceof Invalid) body.errors = err.errors;
    return c.json(body, STATUS[err.code]);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const message =
      status === 413 ? 'The request is too large.' : err.message || 'The request was refused.';
    return c.json({ message }, status);
  }
  log.error({ err, path: c.req.path, method: c.req.method }, 'request failed');
  return c.json({ message: 'Something went wrong on our side; it has been logged.' }, 500);
}
