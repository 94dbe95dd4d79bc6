import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import {
  type AdminSession,
  adminToken,
  screenshot,
  signIn,
  startAdminSession,
} from '../support/browser';
import { type Dovecot, startDovecot } from '../support/dovecot';

let session: AdminSession;
let t: TestApp;
let page: Page;
let url: string;
let token: string;
let dove: Dovecot;

beforeAll(async () => {
  [session, dove] = await Promise.all([
    startAdminSession({ width: 1500, height: 1000 }),
    startDovecot(),
  ]);
  ({ t, page, url } = session);
  token = await adminToken(t);
}, 90_000);

afterAll(async () => {
  await session?.close();
  await dove?.stop();
});

const get = async (path: string) => (await t.call('GET', path, { token })).body;
const notification = (text: string | RegExp) => page.getByText(text).count();
const errorNotices = () => page.locator('.RaNotification-error').count();

describe('support desk settings in Chromium', () => {
  it('logs in', async () => {
    await signIn(page, url);
    await page.getByTestId('open-cases').waitFor({ timeout: 80_000 });
    // From here on, a missing element fails with its name before the test's own timeout.
    page.setDefaultTimeout(20_000);
  }, 90_000);

  it('tests a mailbox connection before saving it, then keeps the password unseen', async () => {
    await page.goto(`${url}/admin/#/email-accounts/create`);
    await page.getByLabel(/^Name/).fill('Support');
    await page.getByLabel('E-mail address').fill('support@acme.test');
    await page.getByLabel('Host').fill(dove.host);
    await page.getByLabel('Port').fill(String(dove.port));
    await page.getByLabel('Security').click();
    await page.getByRole('option', { name: 'None' }).click();
    await page.getByLabel('User name').fill(dove.user);

    // A wrong password: the server's answer, in plain words, as an error.
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByTestId('test-connection-form').click();
    await expect.poll(errorNotices, { timeout: 20_000 }).toBeGreaterThan(0);

    await page.getByRole('textbox', { name: 'Password' }).fill(dove.password);
    await page.getByTestId('test-connection-form').click();
    await expect
      .poll(() => notification(/Connected to .*"INBOX" holds 0 messages/), { timeout: 20_000 })
      .toBeGreaterThan(0);
    // nothing was saved by testing
    expect(await get('/api/email-accounts')).toHaveLength(0);
    await screenshot(page, 'support-settings-01-mailbox-test');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/email-accounts$/);
    const [saved] = await get('/api/email-accounts');
    expect(saved).toMatchObject({ name: 'Support', hasPassword: true, security: 'none' });
    expect(saved.password).toBeUndefined();

    // The list's button tests the stored settings.
    await page.getByTestId('test-connection').first().click();
    await expect
      .poll(() => notification(/Connected to .*holds 0 messages/), { timeout: 20_000 })
      .toBeGreaterThan(0);

    // Editing: the stored password is never shown; testing with it left empty uses it.
    await page.goto(`${url}/admin/#/email-accounts/${saved.id}`);
    await page.getByText('A password is stored: leave empty to keep it').waitFor();
    expect(await page.getByRole('textbox', { name: 'Password' }).inputValue()).toBe('');
    await page.getByTestId('test-connection-form').click();
    await expect
      .poll(() => notification(/Connected to .*holds 0 messages/), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.getByLabel('Monitored folder').fill('Support');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/email-accounts$/);
    const [edited] = await get('/api/email-accounts');
    expect(edited).toMatchObject({ monitoredFolder: 'Support', hasPassword: true });
  }, 90_000);

  it('builds the knowledge base: a category tree and an article in it', async () => {
    const parent = await t.call('POST', '/api/kb-categories', {
      token,
      body: { name: 'Printers' },
    });
    await page.goto(`${url}/admin/#/kb-categories/create`);
    await page.getByLabel(/^Name/).fill('Network printers');
    await page.getByLabel('Parent category').fill('Print');
    await page.getByRole('option', { name: 'Printers' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('category-tree').waitFor();
    await expect.poll(() => page.getByTestId('category-node').count()).toBe(2);
    const child = page.locator('[data-testid="category-node"][data-depth="1"]');
    expect(await child.textContent()).toContain('Network printers');

    await page.goto(`${url}/admin/#/kb-articles/create`);
    await page.getByLabel('Title').fill('Restart a jammed printer');
    await page.getByLabel('Status').click();
    await page.getByRole('option', { name: 'Published' }).click();
    await page.getByLabel('Categories').fill('Network');
    await page.getByRole('option', { name: 'Printers › Network printers' }).click();
    await page.getByLabel('Body').fill('1. Open the tray.\n2. Pull the paper out gently.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/kb-articles$/);
    await expect.poll(() => page.getByText('Restart a jammed printer').count()).toBe(1);

    const [article] = await get('/api/kb-articles');
    expect(article).toMatchObject({
      name: 'Restart a jammed printer',
      status: 'Published',
      body: '1. Open the tray.\n2. Pull the paper out gently.',
    });
    expect(article.categoriesIds).toHaveLength(1);
    expect(article.categoriesIds[0]).not.toBe(parent.body.id);

    // The parent category's "Articles" include its sub-categories' articles.
    await page.goto(`${url}/admin/#/kb-categories`);
    const printers = page.locator(`[data-testid="category-node"][data-id="${parent.body.id}"]`);
    await printers.getByRole('link', { name: 'Articles' }).click();
    await expect.poll(() => page.getByText('Restart a jammed printer').count()).toBe(1);
    expect(await errorNotices()).toBe(0);
  }, 90_000);

  it('makes an assignment rule whose fields follow the method', async () => {
    const team = await t.team('Support team');
    await page.goto(`${url}/admin/#/assignment-rules/create`);
    await page.getByLabel(/^Name/).fill('Cases to the support team');
    // Round-Robin (the default) asks for a team, Direct for a user.
    await page.getByLabel(/^Team/).waitFor();
    expect(await page.getByLabel(/^User/).count()).toBe(0);
    await page.getByRole('combobox', { name: /^Method/ }).click();
    await page.getByRole('option', { name: 'Direct' }).click();
    await page.getByLabel(/^User/).waitFor();
    expect(await page.getByLabel(/^Team/).count()).toBe(0);
    await page.getByRole('combobox', { name: /^Method/ }).click();
    await page.getByRole('option', { name: 'Least busy' }).click();
    await page.getByLabel(/^Team/).fill('Support');
    await page.getByRole('option', { name: 'Support team' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/assignment-rules$/);
    await screenshot(page, 'support-settings-02-rules');
    const [rule] = await get('/api/assignment-rules');
    expect(rule).toMatchObject({
      entityType: 'Case',
      method: 'Least-Busy',
      teamId: team,
      assignToUserId: null,
      isActive: true,
    });
  }, 90_000);

  it('opens every support page without an error', async () => {
    for (const path of [
      'cases',
      'cases/create',
      'emails',
      'emails/quarantine',
      'email-accounts',
      'kb-articles',
      'kb-categories',
      'assignment-rules',
    ]) {
      await page.goto(`${url}/admin/#/${path}`);
      await page.waitForLoadState('networkidle');
      expect(await errorNotices(), path).toBe(0);
    }
  }, 90_000);
});
