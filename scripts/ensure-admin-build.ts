/**
 * `npm start` on a fresh clone: builds the admin panel once, and again only when its sources are
 * newer than the build, so a start stays fast.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'admin/dist/index.html');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sourcesTime = Math.max(
  newest(join(root, 'admin/src')),
  statSync(join(root, 'admin/index.html')).mtimeMs,
);
if (!existsSync(built) || statSync(built).mtimeMs < sourcesTime) {
  console.log('Building the admin panel…');
  execSync('npx vite build --config admin/vite.config.ts --logLevel warn', {
    cwd: root,
    stdio: 'inherit',
  });
}
