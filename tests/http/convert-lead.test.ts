import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, contacts, follows, opportunities } from '../../db/schema';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
});
afterAll(() => t.close());

let n = 0;
async function newLead(extra: Record<string, unknown> = {}) {
  n++;
  const r = await t.call('POST', '/api/leads', {
    token: admin.token,
    body: {
      firstName: 'Jane',
      lastName: `Doe${n}`,
      title: 'CTO',
      accountName: `Acme ${n}`,
      emailAddress: `jane${n}@acme${n}.test`,
      phoneNumber: '+33 1 23 45 67 89',
      addressCity: 'Lyon',
      addressCountry: 'France',
      source: 'Partner',
      opportunityAmount: '12500.00',
      ...extra,
    },
  });
  expect(r.status).toBe(201);
  return r.body;
}

const convert = (id: string, body: unknown, token = admin.token) =>
  t.call('POST', `/api/leads/${id}/convert`, { token, body });
const counts = async () => ({
  accounts: (await t.database.db.select().from(accounts)).length,
  contacts: (await t.database.db.select().from(contacts)).length,
  opportunities: (await t.database.db.select().from(opportunities)).length,
});

describe('lead conversion', () => {
  it('creates account, contact and deal from the lead, linked together', async () => {
    const lead = await newLead();
    const r = await convert(lead.id, {
      account: {},
      contact: {},
      opportunity: { closeDate: '2026-12-31' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      leadId: lead.id,
      accountId: expect.any(String),
      contactId: expect.any(String),
      opportunityId: expect.any(String),
    });
    const account = (
      await t.call('GET', `/api/accounts/${r.body.accountId}`, { token: admin.token })
    ).body;
    expect(account).toMatchObject({
      name: lead.accountName,
      billingAddressCity: 'Lyon',
      emailAddress: lead.emailAddress,
    });
    const contact = (
      await t.call('GET', `/api/contacts/${r.body.contactId}`, { token: admin.token })
    ).body;
    expect(contact).toMatchObject({
      lastName: lead.lastName,
      accountId: r.body.accountId,
      title: 'CTO',
    });
    const deal = (
      await t.call('GET', `/api/opportunities/${r.body.opportunityId}`, { token: admin.token })
    ).body;
    expect(deal).toMatchObject({
      amount: '12500.00',
      leadSource: 'Partner',
      accountId: r.body.accountId,
      contactId: r.body.contactId,
      closeDate: '2026-12-31',
    });
    const after = (await t.call('GET', `/api/leads/${lead.id}`, { token: admin.token })).body;
    expect(after).toMatchObject({
      status: 'Converted',
      createdAccountId: r.body.accountId,
      createdContactId: r.body.contactId,
      createdOpportunityId: r.body.opportunityId,
    });
    expect(after.convertedAt).toBeTruthy();
  });

  it('refuses to convert a lead twice', async () => {
    const lead = await newLead();
    expect((await convert(lead.id, { account: {} })).status).toBe(200);
    const again = await convert(lead.id, { account: {} });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already converted/);
  });

  it('two simultaneous conversions make one set of records', async () => {
    const lead = await newLead();
    const before = await counts();
    const [a, b] = await Promise.all([
      convert(lead.id, { account: {} }),
      convert(lead.id, { account: {} }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await counts()).accounts).toBe(before.accounts + 1);
  });

  it('shows possible duplicates before creating anything, then links or creates on request', async () => {
    const lead = await newLead();
    const existing = await t.call('POST', '/api/accounts', {
      token: admin.token,
      body: { name: lead.accountName.toUpperCase() },
    });
    const before = await counts();
    const r = await convert(lead.id, { account: {}, contact: {} });
    expect(r.status).toBe(409);
    expect(r.body.duplicates).toEqual([
      { resource: 'accounts', id: existing.body.id, name: lead.accountName.toUpperCase() },
    ]);
    expect(await counts()).toEqual(before);
    expect(
      (await t.call('GET', `/api/leads/${lead.id}`, { token: admin.token })).body.status,
    ).not.toBe('Converted');

    const linked = await convert(lead.id, { account: { id: existing.body.id }, contact: {} });
    expect(linked.status).toBe(200);
    expect(linked.body.accountId).toBe(existing.body.id);
    expect((await counts()).accounts).toBe(before.accounts);
    const contact = (
      await t.call('GET', `/api/contacts/${linked.body.contactId}`, { token: admin.token })
    ).body;
    expect(contact.accountId).toBe(existing.body.id);

    const other = await newLead({ accountName: lead.accountName });
    const forced = await convert(other.id, { account: {}, skipDuplicateCheck: true });
    expect(forced.status).toBe(200);
    expect(forced.body.accountId).not.toBe(existing.body.id);
  });

  it('is all or nothing: an invalid deal leaves no account or contact behind', async () => {
    const lead = await newLead();
    const before = await counts();
    const r = await convert(lead.id, { account: {}, contact: {}, opportunity: {} });
    expect(r.status).toBe(400);
    expect(r.body.errors['opportunity.closeDate']).toBeDefined();
    expect(await counts()).toEqual(before);
    expect((await t.call('GET', `/api/leads/${lead.id}`, { token: admin.token })).body.status).toBe(
      'New',
    );
  });

  it('asks for at least one target', async () => {
    const lead = await newLead();
    const r = await convert(lead.id, {});
    expect(r.status).toBe(400);
  });

  it('needs edit access on the lead and create access on each target', async () => {
    const rep = await t.user({
      permissions: {
        Lead: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
        Account: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
        Opportunity: { create: 'no', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
      },
    });
    const mine = await t.call('POST', '/api/leads', {
      token: rep.token,
      body: { lastName: 'Solo', accountName: 'Solo SARL' },
    });
    const before = await counts();
    const r = await convert(
      mine.body.id,
      { account: {}, opportunity: { closeDate: '2027-01-31' } },
      rep.token,
    );
    expect(r.status).toBe(403);
    expect(await counts()).toEqual(before);
    const notMine = await newLead();
    expect((await convert(notMine.id, { account: {} }, rep.token)).status).toBe(403);
    expect((await convert(mine.body.id, { account: {} }, rep.token)).status).toBe(200);
  });

  it('carries followers over and keeps the lead stream readable from the new records', async () => {
    const lead = await newLead();
    const watcher = await t.user({ isAdmin: true });
    await t.call('POST', '/api/notes', {
      token: watcher.token,
      body: {
        type: 'Post',
        post: 'Called them, very keen.',
        parentType: 'Lead',
        parentId: lead.id,
      },
    });
    const r = await convert(lead.id, { account: {}, opportunity: { closeDate: '2026-12-31' } });
    expect(r.status).toBe(200);
    const followed = await t.database.db
      .select()
      .from(follows)
      .where(and(eq(follows.userId, watcher.id), eq(follows.entityId, r.body.opportunityId)));
    expect(followed).toHaveLength(1);
    const filter = encodeURIComponent(
      JSON.stringify({ parentType: 'Opportunity', parentId: r.body.opportunityId }),
    );
    const stream = await t.call('GET', `/api/notes?filter=${filter}`, { token: admin.token });
    expect(stream.status).toBe(200);
    const posts = stream.body.map((x: { post: string | null }) => x.post);
    expect(posts).toContain('Called them, very keen.');
    const relate = stream.body.find(
      (x: { type: string; parentType: string }) =>
        x.type === 'Relate' && x.parentType === 'Opportunity',
    );
    expect(relate.data.convertedFrom).toBe(lead.number);
  });
});
