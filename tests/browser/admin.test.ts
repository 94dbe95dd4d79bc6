import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  type AdminSession,
  adminToken,
  screenshot,
  startAdminSession,
} from '../support/browser';

let session: AdminSession;
let t: TestApp;
let server: { url: string };
let page: Page;
const EMAIL = ADMIN_EMAIL;
const PASSWORD = ADMIN_PASSWORD;

beforeAll(async () => {
  session = await startAdminSession({ width: 1400, height: 900 });
  ({ t, page } = session);
  server = { url: session.url };
}, 60_000);

afterAll(() => session?.close());

describe('admin panel in Chromium', () => {
  it('refuses a wrong password, then logs in', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByText(/wrong e-mail address or password/i).count())
      .toBeGreaterThan(0);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('pipeline-chart').waitFor();
    await screenshot(page, '01-dashboard-empty');
  });

  it('creates a lead, converts it, and the new deal shows in the pipeline chart', async () => {
    await page.goto(`${server.url}/admin/#/leads/create`);
    await page.getByLabel('First name').fill('Jeanne');
    await page.getByLabel('Last name').fill('Moreau');
    await page.getByLabel('Company').fill('Élan Cosmétiques');
    await page.getByLabel('Opportunity amount').fill('12500.50');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('convert-button').waitFor();
    await expect.poll(() => page.getByText(/^L-\d+$/).count()).toBeGreaterThan(0);
    await screenshot(page, '02-lead-show');

    await page.getByTestId('convert-button').click();
    await page.getByTestId('convert-dialog').waitFor();
    await screenshot(page, '03-convert-dialog');
    await page.getByTestId('convert-submit').click();
    await page.getByTestId('converted-records').waitFor();
    await screenshot(page, '04-lead-converted');

    const leads = await t.call('GET', '/api/leads', {
      token: await adminToken(t),
    });
    expect(leads.body[0]).toMatchObject({ status: 'Converted', accountName: 'Élan Cosmétiques' });
    expect(leads.body[0].createdOpportunityId).toBeTruthy();

    await page.goto(`${server.url}/admin/#/`);
    const chart = page.getByTestId('pipeline-chart');
    await chart.waitFor();
    await expect.poll(() => chart.getAttribute('data-total-count')).toBe('1');
    expect(await chart.getAttribute('data-total-amount')).toBe('12500.50');
    await screenshot(page, '05-dashboard-with-deal');
  });

  it('switches to French', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect
      .poll(() => page.getByText('Prospects', { exact: false }).count())
      .toBeGreaterThan(0);
    await screenshot(page, '06-dashboard-fr');
  });
});
