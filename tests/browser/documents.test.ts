import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminSession, screenshot, signIn, startAdminSession } from '../support/browser';

let session: AdminSession;
let server: { url: string };
let page: Page;

beforeAll(async () => {
  session = await startAdminSession({ width: 1600, height: 1000 });
  ({ page } = session);
  server = { url: session.url };
}, 60_000);

afterAll(() => session?.close());

const value = (testId: string) => page.getByTestId(testId).first().getAttribute('data-value');

describe('products and documents in Chromium', () => {
  it('logs in', async () => {
    await signIn(page, server.url);
    await page.getByTestId('pipeline-chart').waitFor();
  });

  it('creates a product, its unit price computed as the user types', async () => {
    await page.goto(`${server.url}/admin/#/products/create`);
    await page.getByLabel('Name').first().fill('Widget');
    await page.getByLabel('Pricing type').click();
    await page.getByRole('option', { name: 'Markup over cost' }).click();
    await page.getByLabel('Cost price').fill('8');
    await page.getByLabel('Pricing factor (%)').fill('25');
    await expect.poll(() => value('product-unit-price-value')).toBe('10.00');
    await page.getByLabel('Pricing factor (%)').fill('12.5');
    await expect.poll(() => value('product-unit-price-value')).toBe('9.00');
    await screenshot(page, 'doc-01-product-live-price');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.url()).toMatch(/\/products\/[0-9a-f-]+\/show$/);
  });

  it('creates a quote with two items; the totals follow the inputs', async () => {
    await page.goto(`${server.url}/admin/#/quotes/create`);
    await page.getByLabel('Name').first().fill('Widgets for Élan');
    await page.getByLabel('Tax rate (%)').fill('20');
    await page.getByLabel('Shipping cost').fill('5');

    await page.getByRole('button', { name: 'Add' }).click();
    const product = page.getByLabel('Product').first();
    await product.fill('Widg');
    await page.getByRole('option', { name: 'Widget' }).click();
    await expect.poll(() => page.getByLabel('Unit price').first().inputValue()).toBe('9.00');
    await page.getByLabel('Quantity').first().fill('3');

    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByLabel('Description').nth(1).fill('Setup');
    await page.getByLabel('List price').nth(1).fill('120');
    await page.getByLabel('Unit price').nth(1).fill('99.99');

    // 3 × 9.00 + 99.99 = 126.99; the product has no list price (its unit price stands in), so
    // the discount is 120 − 99.99 = 20.01;
    // tax 20 % of 126.99 = 25.398 → 25.40; grand total 126.99 + 5 + 25.40 = 157.39
    await expect.poll(() => value('doc-total-amount')).toBe('126.99');
    expect(await value('doc-total-discount')).toBe('20.01');
    expect(await value('doc-total-pre-discounted')).toBe('147.00');
    expect(await value('doc-total-tax')).toBe('25.40');
    await expect.poll(() => value('doc-total-grand')).toBe('157.39');
    await screenshot(page, 'doc-02-quote-live-totals');

    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('document-items').waitFor();
    await expect.poll(() => page.getByTestId('document-item').count()).toBe(2);
    // the server's stored totals agree with the live ones
    await expect.poll(() => value('doc-total-grand')).toBe('157.39');
    expect(await value('doc-total-tax')).toBe('25.40');
    await screenshot(page, 'doc-03-quote-show');
  });

  it('converts the quote into an invoice', async () => {
    await page.getByTestId('convert-to-invoices').click();
    await expect.poll(() => page.url()).toMatch(/\/invoices\/[0-9a-f-]+\/show$/);
    await page.getByTestId('document-items').waitFor();
    await expect.poll(() => page.getByText(/I-\d{5}/).count()).toBeGreaterThan(0);
    await expect.poll(() => value('doc-total-grand')).toBe('157.39');
    await screenshot(page, 'doc-04-invoice-show');
    // No billing contact yet: the panel says so instead of sending anything.
    await page.getByTestId('send-email').click();
    await expect.poll(() => page.getByText(/billing contact/i).count()).toBeGreaterThan(0);
  });
});
