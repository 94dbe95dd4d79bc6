import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor } from '../../server/domain/access/actor';
import { withActor } from '../../server/domain/context';
import { matchStage } from '../../server/domain/opportunities/find-stage';
import { moveDealStage } from '../../server/domain/opportunities/move-deal-stage';
import { DEFAULT_STAGES } from '../../server/domain/settings/opportunity-stages';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

const q = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&');

async function deal(body: Record<string, unknown> = {}) {
  const r = await t.call('POST', '/api/opportunities', {
    token: admin.token,
    body: { name: 'Deal', amount: '1000', closeDate: '2026-12-15', ...body },
  });
  expect(r.status).toBe(201);
  return r.body;
}

const put = (id: string, body: Record<string, unknown>) =>
  t.call('PUT', `/api/opportunities/${id}`, { token: admin.token, body });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
});
afterAll(() => t.close());

describe('deals over REST', () => {
  it('creates a deal with a D-number, exact amount, EUR and the first stage by default', async () => {
    const d = await deal({ amount: 1250.5 });
    expect(d).toMatchObject({
      number: expect.stringMatching(/^D-\d+$/),
      amount: '1250.50',
      currency: 'EUR',
      stage: 'Prospecting',
      probability: 10,
      probabilityIsManual: false,
      lastStage: 'Prospecting',
      closeDate: '2026-12-15',
    });
    const n = Number(d.number.slice(2));
    for (const ref of [d.number, n]) {
      const r = await t.call('GET', `/api/opportunities?${q({ filter: { number: ref } })}`, {
        token: admin.token,
      });
      expect(r.body.map((x: { id: string }) => x.id)).toEqual([d.id]);
    }
  });

  it('saves amount and close date when the stage stays the same (whole-record PUT)', async () => {
    const d = await deal({ stage: 'Proposal' });
    const r = await put(d.id, { ...d, amount: '2500.10', closeDate: '2027-01-31' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ amount: '2500.10', closeDate: '2027-01-31', stage: 'Proposal' });
    const again = await t.call('GET', `/api/opportunities/${d.id}`, { token: admin.token });
    expect(again.body.amount).toBe('2500.10');
  });

  it('says field by field what is wrong, listing the stages', async () => {
    const r = await t.call('POST', '/api/opportunities', {
      token: admin.token,
      body: { amount: '-5', closeDate: '15/12/2026', probability: 120, currency: 'euro' },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual([
      'amount',
      'closeDate',
      'currency',
      'name',
      'probability',
    ]);
    expect(r.body.errors.name).toBe('Enter a name.');
    expect(r.body.errors.amount).toBe('Enter an amount ≥ 0 with at most 2 decimals.');
    const stage = await t.call('POST', '/api/opportunities', {
      token: admin.token,
      body: { name: 'X', amount: '1', closeDate: '2026-12-01', stage: 'closed won' },
    });
    expect(stage.status).toBe(400);
    expect(stage.body.errors.stage).toBe(
      'One of: Prospecting, Qualification, Proposal, Negotiation, Closed Won, Closed Lost. Did you mean Closed Won?',
    );
    const role = await t.call('POST', '/api/opportunities', {
      token: admin.token,
      body: {
        name: 'X',
        amount: '1',
        closeDate: '2026-12-01',
        contacts: [{ contactId: '00000000-0000-4000-8000-000000000000', role: 'Boss' }],
      },
    });
    expect(role.status).toBe(400);
    expect(role.body.errors['contacts.0.role']).toMatch(/Decision Maker, Evaluator, Influencer/);
  });

  it('makes the probability follow the stage until a user sets it by hand', async () => {
    const d = await deal({ stage: 'Qualification' });
    expect(d.probability).toBe(20);
    // react-admin resends the whole record: the unchanged probability is not "by hand".
    const moved = await put(d.id, { ...d, stage: 'Proposal' });
    expect(moved.body).toMatchObject({ stage: 'Proposal', probability: 50, lastStage: 'Proposal' });
    const byHand = await put(d.id, { ...moved.body, probability: 65 });
    expect(byHand.body).toMatchObject({ probability: 65, probabilityIsManual: true });
    const kept = await put(d.id, { ...byHand.body, stage: 'Negotiation' });
    expect(kept.body).toMatchObject({ stage: 'Negotiation', probability: 65 });
    // Setting it back to the stage's default makes it follow the stage again.
    const reset = await put(d.id, { ...kept.body, probability: 80 });
    expect(reset.body.probabilityIsManual).toBe(false);
    const back = await put(d.id, { ...reset.body, stage: 'Proposal' });
    expect(back.body.probability).toBe(50);
  });

  it('a probability given on create is by hand and survives stage changes', async () => {
    const d = await deal({ stage: 'Proposal', probability: 35 });
    expect(d).toMatchObject({ probability: 35, probabilityIsManual: true });
    const r = await put(d.id, { stage: 'Negotiation' });
    expect(r.body.probability).toBe(35);
  });

  it('forces 100 on won and 0 on lost, keeping the last open stage on a lost deal', async () => {
    const d = await deal({ stage: 'Negotiation', probability: 70 });
    const lost = await put(d.id, { ...d, stage: 'Closed Lost' });
    expect(lost.body).toMatchObject({
      stage: 'Closed Lost',
      probability: 0,
      lastStage: 'Negotiation',
      probabilityIsManual: false,
    });
    const stillZero = await put(d.id, { probability: 40 });
    expect(stillZero.body.probability).toBe(0);
    // Reopened: it follows its stage again.
    const reopened = await put(d.id, { ...lost.body, stage: 'Proposal' });
    expect(reopened.body).toMatchObject({ probability: 50, lastStage: 'Proposal' });
    const won = await put(d.id, { ...reopened.body, stage: 'Closed Won', probability: 50 });
    expect(won.body).toMatchObject({ probability: 100, lastStage: 'Closed Won' });
    const createdWon = await deal({ stage: 'Closed Won', probability: 30 });
    expect(createdWon.probability).toBe(100);
  });

  it('records stage changes in the stream', async () => {
    const d = await deal();
    await put(d.id, { stage: 'Proposal' });
    const notes = await t.call(
      'GET',
      `/api/notes?${q({ filter: { parentType: 'Opportunity', parentId: d.id, type: 'Update' } })}`,
      { token: admin.token },
    );
    expect(notes.body[0].data.fields).toMatchObject({
      stage: { was: 'Prospecting', became: 'Proposal' },
      probability: { was: 10, became: 50 },
    });
  });

  it('links an account and contacts with opportunity roles', async () => {
    const acc = await t.call('POST', '/api/accounts', {
      token: admin.token,
      body: { name: 'Acme' },
    });
    const jane = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { firstName: 'Jane', lastName: 'Doe', accountId: acc.body.id },
    });
    const bob = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { firstName: 'Bob', lastName: 'Roe' },
    });
    const d = await deal({
      accountId: acc.body.id,
      contactId: jane.body.id,
      contacts: [{ contactId: bob.body.id, role: 'Evaluator' }],
    });
    expect(d.contactId).toBe(jane.body.id);
    expect(d.contacts).toEqual([
      { contactId: jane.body.id, name: 'Jane Doe', role: null },
      { contactId: bob.body.id, name: 'Bob Roe', role: 'Evaluator' },
    ]);
    const u = await put(d.id, {
      ...d,
      contacts: [
        { contactId: jane.body.id, role: 'Decision Maker' },
        { contactId: bob.body.id, role: 'Evaluator' },
      ],
    });
    expect(u.body.contacts[0]).toMatchObject({ role: 'Decision Maker' });
    const byContact = await t.call(
      'GET',
      `/api/opportunities?${q({ filter: { contactsIds: [bob.body.id] } })}`,
      { token: admin.token },
    );
    expect(byContact.body.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const missing = await put(d.id, { accountId: '00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.accountId).toMatch(/No such account/);
  });

  it('own: a rep sees and edits only their deals', async () => {
    const perms = {
      Opportunity: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
    } as const;
    const rep = await t.user({ permissions: perms });
    const other = await deal({ name: 'Not yours' });
    const mine = await t.call('POST', '/api/opportunities', {
      token: rep.token,
      body: { name: 'Mine', amount: '5', closeDate: '2026-12-01' },
    });
    expect(mine.status).toBe(201);
    const list = await t.call('GET', '/api/opportunities', { token: rep.token });
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([mine.body.id]);
    const edit = await t.call('PUT', `/api/opportunities/${other.id}`, {
      token: rep.token,
      body: { stage: 'Proposal' },
    });
    expect(edit.status).toBe(403);
  });

  it('deletes and returns the deleted deal', async () => {
    const d = await deal();
    const r = await t.call('DELETE', `/api/opportunities/${d.id}`, { token: admin.token });
    expect(r.body).toMatchObject({ id: d.id, number: d.number });
    expect((await t.call('GET', `/api/opportunities/${d.id}`, { token: admin.token })).status).toBe(
      404,
    );
  });
});

describe('Slack helpers', () => {
  const stages = [...DEFAULT_STAGES];
  it('finds a stage by English or French name or prefix, any case or accent', () => {
    expect(matchStage(stages, 'négo').name).toBe('Negotiation');
    expect(matchStage(stages, 'NEGO').name).toBe('Negotiation');
    expect(matchStage(stages, 'proposition').name).toBe('Proposal');
    expect(matchStage(stages, 'gagné').name).toBe('Closed Won');
    expect(matchStage(stages, 'lost').name).toBe('Closed Lost');
    expect(matchStage(stages, 'qualification').name).toBe('Qualification');
    expect(() => matchStage(stages, 'pro')).toThrow(/Which stage/);
    expect(() => matchStage(stages, 'zzz')).toThrow(/No such stage/);
  });

  it('moves a deal by its number with the same probability rules', async () => {
    const d = await deal({ stage: 'Proposal', probability: 60 });
    const actor = await loadActor(t.services.db, admin.id);
    const ctx = withActor(t.services, actor!);
    const r = await moveDealStage(ctx, d.number, 'négo');
    expect(r).toMatchObject({
      previousStage: 'Proposal',
      previousProbability: 60,
      deal: { id: d.id, stage: 'Negotiation', probability: 60 },
    });
    const won = await moveDealStage(ctx, d.number.toLowerCase().replace('-', ''), 'won');
    expect(won.deal).toMatchObject({ stage: 'Closed Won', probability: 100 });
    await expect(moveDealStage(ctx, 'D-999999', 'won')).rejects.toThrow(/not found/);
  });
});
