import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from './app';

export const SCREENSHOTS = new URL('../.screenshots/', import.meta.url).pathname;

/** Serves a test app on a free loopback port, as `npm start` would. */
export async function listen(t: TestApp): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      const { port } = info as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
  });
}

/** Debian's Chromium, never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

export const ADMIN_EMAIL = 'ada@example.com';
export const ADMIN_PASSWORD = 'correct horse battery';

export interface AdminSession {
  t: TestApp;
  url: string;
  page: Page;
  close(): Promise<void>;
}

/** A test app with an admin (ADMIN_EMAIL), served on a port, and a Chromium page (not logged in). */
export async function startAdminSession(
  viewport = { width: 1400, height: 900 },
): Promise<AdminSession> {
  const t = await createTestApp();
  await t.user({ isAdmin: true, name: 'Ada Admin', email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  const server = await listen(t);
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  return {
    t,
    url: server.url,
    page,
    close: async () => {
      await browser.close();
      await server.close();
      await t.close();
    },
  };
}

/** A REST token for the admin of a session (test setup over the API, beside the browser). */
export async function adminToken(t: TestApp): Promise<string> {
  const login = await t.call('POST', '/api/auth/login', {
    body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });
  if (login.status !== 200) throw new Error(`admin login answered ${login.status}`);
  return login.body.token;
}

/** Signs the admin in on the panel's login page. */
export async function signIn(page: Page, url: string, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto(`${url}/admin/`);
  await page.getByLabel('Email').fill(ADMIN_EMAIL);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
