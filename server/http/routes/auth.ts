import type { Hono } from 'hono';
import { login } from '../../domain/auth/login';
import { revokeToken } from '../../domain/auth/tokens';
import type { Services } from '../../domain/context';
import { whoAmI } from '../../domain/users/who-am-i';
import { jsonBody } from '../body';
import { clientAddress } from '../client-address';
import type { AppEnv } from '../env';

export function mountAuthRoutes(
  app: Hono<AppEnv>,
  services: Services,
  opts: { tokenTtlHours: number },
) {
  app.post('/api/auth/login', async (c) =>
    c.json(
      await login(services, await jsonBody(c), {
        clientAddress: clientAddress(c),
        ttlHours: opts.tokenTtlHours,
      }),
    ),
  );
  app.get('/api/auth/me', async (c) => c.json(await whoAmI(c.var.ctx)));
  app.post('/api/auth/logout', async (c) => {
    await revokeToken(services, c.var.token);
    return c.json({ message: 'Logged out.' });
  });
}
