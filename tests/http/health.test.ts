import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('GET /health answers 200 while the database answers, 503 once it is gone', async () => {
  const up = await t.call('GET', '/health');
  expect(up.status).toBe(200);
  expect(up.body).toEqual({ status: 'ok', database: 'postgres' });
  await t.database.sql?.end({ timeout: 1 });
  const down = await t.call('GET', '/health');
  expect(down.status).toBe(503);
  expect(down.body.status).not.toBe('ok');
});
