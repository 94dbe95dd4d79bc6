import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env';

const dist = fileURLToPath(new URL('../../admin/dist', import.meta.url));

/** Serves the built react-admin panel at /admin/, with the SPA's index for client-side routes. */
export function mountAdmin(app: Hono<AppEnv>) {
  app.get('/', (c) => c.redirect('/admin/'));
  app.get('/admin', (c) => c.redirect('/admin/'));
  app.use(
    '/admin/*',
    serveStatic({ root: dist, rewriteRequestPath: (p) => p.replace(/^\/admin/, '') }),
  );
  app.get('/admin/*', (c) => {
    const index = `${dist}/index.html`;
    if (!existsSync(index)) {
      return c.text('The admin panel is not built yet: run `npm run build:admin`.', 503);
    }
    return c.html(readFileSync(index, 'utf8'));
  });
}
