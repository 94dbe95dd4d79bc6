import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

const DEFAULTS = [
  { name: 'Prospecting', labelEn: 'Prospecting', labelFr: 'Prospection', probability: 10 },
  { name: 'Qualification', labelEn: 'Qualification', labelFr: 'Qualification', probability: 20 },
  { name: 'Proposal', labelEn: 'Proposal', labelFr: 'Proposition', probability: 50 },
  { name: 'Negotiation', labelEn: 'Negotiation', labelFr: 'Négociation', probability: 80 },
  { name: 'Closed Won', labelEn: 'Closed Won', labelFr: 'Fermé gagné', probability: 100 },
  { name: 'Closed Lost', labelEn: 'Closed Lost', labelFr: 'Fermé perdu', probability: 0 },
];
const PATH = '/api/settings/opportunityStages';

const save = (stages: unknown[], token = admin.token) =>
  t.call('PUT', PATH, { token, body: { id: 'opportunityStages', stages } });

async function deal(stage: string) {
  const r = await t.call('POST', '/api/opportunities', {
    token: admin.token,
    body: { name: `In ${stage}`, amount: '10', closeDate: '2026-12-01', stage },
  });
  expect(r.status).toBe(201);
  return r.body;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
});
afterAll(() => t.close());

describe('opportunity stage settings', () => {
  it('shows the default stages to any logged-in user; only admins change them', async () => {
    const rep = await t.user({});
    const r = await t.call('GET', PATH, { token: rep.token });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ id: 'opportunityStages', stages: DEFAULTS });
    expect((await save(DEFAULTS, rep.token)).status).toBe(403);
    expect((await t.call('GET', PATH)).status).toBe(401);
  });

  it('validates names, probabilities and that some stage stays open', async () => {
    const r = await save([
      { name: 'Open', probability: 30 },
      { name: 'open', probability: 101 },
      { name: ' ', probability: 2.5 },
    ]);
    expect(r.status).toBe(400);
    expect(r.body.errors).toMatchObject({
      'stages.1.probability': expect.any(String),
      'stages.2.name': expect.any(String),
      'stages.2.probability': expect.any(String),
    });
    const dup = await save([
      { name: 'Open', probability: 30 },
      { name: 'OPEN', probability: 40 },
    ]);
    expect(dup.body.errors['stages.1.name']).toMatch(/Another stage/);
    const closedOnly = await save([
      { name: 'Won', probability: 100 },
      { name: 'Lost', probability: 0 },
    ]);
    expect(closedOnly.status).toBe(400);
    expect(closedOnly.body.errors.stages).toMatch(/open stage/);
  });

  it('renames a stage on existing deals, lastStage included, in the same save', async () => {
    const d = await deal('Negotiation');
    const lost = await t.call('PUT', `/api/opportunities/${d.id}`, {
      token: admin.token,
      body: { stage: 'Closed Lost' },
    });
    expect(lost.body.lastStage).toBe('Negotiation');
    const other = await deal('Proposal');
    const stages = DEFAULTS.map((s) =>
      s.name === 'Negotiation'
        ? { name: 'Negotiating', labelFr: 'En négociation', probability: 75, previousName: s.name }
        : s.name === 'Proposal'
          ? { ...s, name: 'Quote sent', labelEn: 'Quote sent', previousName: 'Proposal' }
          : s,
    );
    const r = await save(stages);
    expect(r.status).toBe(200);
    expect(r.body.stages[3]).toEqual({
      name: 'Negotiating',
      labelEn: 'Negotiating',
      labelFr: 'En négociation',
      probability: 75,
    });
    const got = await t.call('GET', `/api/opportunities/${d.id}`, { token: admin.token });
    expect(got.body).toMatchObject({ stage: 'Closed Lost', lastStage: 'Negotiating' });
    const moved = await t.call('GET', `/api/opportunities/${other.id}`, { token: admin.token });
    expect(moved.body.stage).toBe('Quote sent');
    // Existing deals keep their probability; new ones get the new default.
    expect((await deal('Negotiating')).probability).toBe(75);
    const old = await t.call('POST', '/api/opportunities', {
      token: admin.token,
      body: { name: 'x', amount: '1', closeDate: '2026-12-01', stage: 'Negotiation' },
    });
    expect(old.status).toBe(400);
    expect(old.body.errors.stage).toMatch(/Negotiating/);
  });

  it('refuses to remove a stage deals still use, saying how many', async () => {
    const current = (await t.call('GET', PATH, { token: admin.token })).body.stages;
    await deal('Qualification');
    await deal('Qualification');
    const without = current.filter((s: { name: string }) => s.name !== 'Qualification');
    const r = await save(without);
    expect(r.status).toBe(409);
    expect(r.body.message).toMatch(/Qualification \(2 deals\)/);
    expect(r.body.stages).toEqual([{ name: 'Qualification', deals: 2 }]);
    // An unused stage (Prospecting) goes away; the order is the admin's.
    const reordered = current.filter((s: { name: string }) => s.name !== 'Prospecting').reverse();
    const ok = await save(reordered);
    expect(ok.status).toBe(200);
    expect(ok.body.stages.map((s: { name: string }) => s.name)).toEqual(
      reordered.map((s: { name: string }) => s.name),
    );
    const bad = await save([{ name: 'Fresh', probability: 50, previousName: 'Nope' }]);
    expect(bad.status).toBe(400);
    expect(bad.body.errors['stages.0.previousName']).toMatch(/No stage/);
  });

  it('swaps two stage names in one save without mixing up the deals', async () => {
    const current = (await t.call('GET', PATH, { token: admin.token })).body.stages;
    const a = await deal('Qualification');
    const b = await deal('Quote sent');
    const swapped = current.map((s: { name: string }) =>
      s.name === 'Qualification'
        ? { ...s, name: 'Quote sent', labelEn: 'Quote sent', previousName: 'Qualification' }
        : s.name === 'Quote sent'
          ? { ...s, name: 'Qualification', labelEn: 'Qualification', previousName: 'Quote sent' }
          : s,
    );
    expect((await save(swapped)).status).toBe(200);
    const get = (id: string) => t.call('GET', `/api/opportunities/${id}`, { token: admin.token });
    expect((await get(a.id)).body.stage).toBe('Quote sent');
    expect((await get(b.id)).body.stage).toBe('Qualification');
  });
});
