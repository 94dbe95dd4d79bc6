import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

// The test clock says 2026-11-27: this month is 2026-11, this quarter 2026-10..12.
let t: TestApp;
let admin: { id: string; token: string };

async function deal(body: Record<string, unknown>, token = admin.token) {
  const r = await t.call('POST', '/api/opportunities', {
    token,
    body: { name: 'Deal', closeDate: '2026-12-15', ...body },
  });
  expect(r.status).toBe(201);
  return r.body;
}

const get = (path: string, token = admin.token) => t.call('GET', path, { token });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
  await deal({ amount: '0.10', stage: 'Prospecting' });
  await deal({ amount: '0.20', stage: 'Prospecting' });
  await deal({ amount: '100', stage: 'Proposal', probability: 33 });
  await deal({ amount: '1000.05', stage: 'Negotiation' });
  await deal({ amount: '500', stage: 'Closed Won', closeDate: '2026-11-03' });
  await deal({ amount: '250.25', stage: 'Closed Won', closeDate: '2026-10-15' });
  await deal({ amount: '99.99', stage: 'Closed Won', closeDate: '2025-11-30' });
  await deal({ amount: '7777', stage: 'Closed Lost', closeDate: '2026-11-10' });
});
afterAll(() => t.close());

describe('pipeline report', () => {
  it('sums per stage exactly to the cent, lost deals excluded, empty stages shown', async () => {
    const r = await get('/api/reports/pipeline');
    expect(r.status).toBe(200);
    expect(r.body.stages).toEqual([
      { stage: 'Prospecting', probability: 10, count: 2, amount: '0.30', weightedAmount: '0.03' },
      { stage: 'Qualification', probability: 20, count: 0, amount: '0.00', weightedAmount: '0.00' },
      // weighted by the deal's own (by-hand) probability, not the stage's
      { stage: 'Proposal', probability: 50, count: 1, amount: '100.00', weightedAmount: '33.00' },
      {
        stage: 'Negotiation',
        probability: 80,
        count: 1,
        amount: '1000.05',
        weightedAmount: '800.04',
      },
      {
        stage: 'Closed Won',
        probability: 100,
        count: 3,
        amount: '850.24',
        weightedAmount: '850.24',
      },
    ]);
    expect(r.body.totals).toEqual({ count: 7, amount: '1950.59', weightedAmount: '1683.31' });
    expect(r.body.won).toEqual({ month: '500.00', quarter: '750.25' });
  });

  it('follows the configured stage order', async () => {
    const stages = (await get('/api/settings/opportunityStages')).body.stages;
    const reordered = [stages[3], stages[0], stages[1], stages[2], stages[4], stages[5]];
    expect(
      (
        await t.call('PUT', '/api/settings/opportunityStages', {
          token: admin.token,
          body: { stages: reordered },
        })
      ).status,
    ).toBe(200);
    const r = await get('/api/reports/pipeline');
    expect(r.body.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'Negotiation',
      'Prospecting',
      'Qualification',
      'Proposal',
      'Closed Won',
    ]);
    await t.call('PUT', '/api/settings/opportunityStages', {
      token: admin.token,
      body: { stages },
    });
  });
});

describe('revenue report', () => {
  it('gives the last 12 months by default, every month present', async () => {
    const r = await get('/api/reports/revenue');
    expect(r.status).toBe(200);
    expect(r.body.months).toHaveLength(12);
    expect(r.body.months[0]).toEqual({ month: '2025-12', amount: '0.00' });
    expect(r.body.months.slice(-2)).toEqual([
      { month: '2026-10', amount: '250.25' },
      { month: '2026-11', amount: '500.00' },
    ]);
  });

  it('takes a range, across years', async () => {
    const r = await get('/api/reports/revenue?from=2025-11&to=2026-01');
    expect(r.body.months).toEqual([
      { month: '2025-11', amount: '99.99' },
      { month: '2025-12', amount: '0.00' },
      { month: '2026-01', amount: '0.00' },
    ]);
  });

  it('refuses bad months and ranges over 120 months', async () => {
    const bad = await get('/api/reports/revenue?from=2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.from).toMatch(/YYYY-MM/);
    expect((await get('/api/reports/revenue?from=2026-05&to=2026-01')).status).toBe(400);
    expect((await get('/api/reports/revenue?from=2016-01&to=2025-12')).status).toBe(200);
    const long = await get('/api/reports/revenue?from=2016-01&to=2026-01');
    expect(long.status).toBe(400);
    expect(long.body.errors.to).toMatch(/120 months/);
  });
});

describe('forecast report (addition)', () => {
  it('sums amount × probability / 100 over open deals only', async () => {
    const r = await get('/api/reports/forecast');
    // 0.10×10 + 0.20×10 + 100×33 + 1000.05×80 = 833.07 × 100
    expect(r.body).toEqual({ amount: '833.07', count: 4 });
  });
});

describe('access and mine=true', () => {
  it('counts only the deals the reader may read, and with mine=true only theirs', async () => {
    const rep = await t.user({
      permissions: {
        Opportunity: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
      },
    });
    await deal({ amount: '10', stage: 'Proposal', assignedUserId: rep.id });
    await deal({ amount: '40', stage: 'Negotiation', assignedUserId: admin.id });
    const repView = await get('/api/reports/pipeline', rep.token);
    expect(repView.status).toBe(200);
    expect(repView.body.totals).toEqual({ count: 1, amount: '10.00', weightedAmount: '5.00' });
    const forecast = await get('/api/reports/forecast', rep.token);
    expect(forecast.body.amount).toBe('5.00');

    const mine = await get('/api/reports/pipeline?mine=true');
    expect(mine.body.totals).toEqual({ count: 1, amount: '40.00', weightedAmount: '32.00' });
    expect(mine.body.stages.find((s: { stage: string }) => s.stage === 'Negotiation').count).toBe(
      1,
    );
    const mineRevenue = await get('/api/reports/revenue?mine=true');
    expect(mineRevenue.body.months.every((m: { amount: string }) => m.amount === '0.00')).toBe(
      true,
    );
    expect((await get('/api/reports/pipeline?mine=maybe')).status).toBe(400);

    const outsider = await t.user({});
    expect((await get('/api/reports/pipeline', outsider.token)).status).toBe(403);
    expect((await get('/api/reports/revenue', outsider.token)).status).toBe(403);
  });
});
