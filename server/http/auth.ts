import type { MiddlewareHandler } from 'hono';
import { authenticate } from '../domain/auth/tokens';
import { type Services, withActor } from '../domain/context';
import { Unauthorized } from '../domain/errors';
import type { AppEnv } from './env';

export const bearerToken = (header: string | undefined) =>
  /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '';

/** Every /api route not listed as public needs a valid token; the actor goes into the context. */
export function requireAuth(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    const actor = token ? await authenticate(services, token) : null;
    if (!actor) throw new Unauthorized();
    c.set('token', token);
    c.set('actor', actor);
    c.set('ctx', withActor(services, actor));
    await next();
  };
}
