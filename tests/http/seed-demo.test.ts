import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../server/domain/access/actor';
import { withActor } from '../../server/domain/context';
import { seedDemo } from '../../server/domain/demo/seed-demo';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('seed:demo fills a pipeline the dashboard can chart, once', async () => {
  const first = await seedDemo(withActor(t.services, systemActor));
  expect(first).toMatchObject({ seeded: true, deals: 48, leads: 24 });
  expect((await seedDemo(withActor(t.services, systemActor))).seeded).toBe(false);

  const admin = await t.user({ isAdmin: true });
  const pipeline = await t.call('GET', '/api/reports/pipeline', { token: admin.token });
  expect(pipeline.status).toBe(200);
  const withDeals = pipeline.body.stages.filter((s: { count: number }) => s.count > 0);
  expect(withDeals.length).toBeGreaterThanOrEqual(4);
  const revenue = await t.call('GET', '/api/reports/revenue', { token: admin.token });
  const months = revenue.body.months.filter((m: { amount: string }) => m.amount !== '0.00');
  expect(months.length).toBeGreaterThanOrEqual(4);

  // The demo reps can log in and see their team's deals.
  const login = await t.call('POST', '/api/auth/login', {
    body: { email: 'sofia@example.com', password: 'demo-password' },
  });
  expect(login.status).toBe(200);
  const deals = await t.call('GET', '/api/opportunities', { token: login.body.token });
  expect(deals.headers.get('Content-Range')).toMatch(/\/48$/);
});
