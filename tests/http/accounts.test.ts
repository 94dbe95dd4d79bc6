import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

const q = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&');

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

describe('accounts over REST', () => {
  it('creates, reads, updates with a stream note, and deletes an account', async () => {
    const c = await t.call('POST', '/api/accounts', {
      token: admin.token,
      body: {
        name: '  Acme SA ',
        type: 'Customer',
        emailAddress: 'Sales@Acme.com',
        billingAddressCity: 'Lyon',
        shippingAddressCountry: 'France',
      },
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({
      name: 'Acme SA',
      type: 'Customer',
      emailAddress: 'sales@acme.com',
      billingAddressCity: 'Lyon',
      shippingAddressCountry: 'France',
      createdById: admin.id,
    });
    const u = await t.call('PUT', `/api/accounts/${c.body.id}`, {
      token: admin.token,
      body: { ...c.body, type: 'Partner' },
    });
    expect(u.status).toBe(200);
    expect(u.body.type).toBe('Partner');
    const notes = await t.call(
      'GET',
      `/api/notes?${q({ filter: { parentType: 'Account', parentId: c.body.id } })}`,
      { token: admin.token },
    );
    const update = notes.body.find((n: { type: string }) => n.type === 'Update');
    expect(update.data.fields.type).toEqual({ was: 'Customer', became: 'Partner' });
    const d = await t.call('DELETE', `/api/accounts/${c.body.id}`, { token: admin.token });
    expect(d.body.id).toBe(c.body.id);
    expect((await t.call('GET', `/api/accounts/${c.body.id}`, { token: admin.token })).status).toBe(
      404,
    );
  });

  it('says field by field what is wrong', async () => {
    const r = await t.call('POST', '/api/accounts', {
      token: admin.token,
      body: { type: 'Friend', emailAddress: 'nope', website: 'x'.repeat(300) },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['emailAddress', 'name', 'type', 'website']);
    expect(r.body.errors.type).toMatch(/Customer, Investor, Partner, Reseller/);
    expect(r.body.errors.name).toBe('Enter a name.');
    const created = await t.call('POST', '/api/accounts', {
      token: admin.token,
      body: { name: 'Keep me' },
    });
    const blank = await t.call('PUT', `/api/accounts/${created.body.id}`, {
      token: admin.token,
      body: { name: '' },
    });
    expect(blank.status).toBe(400);
    expect(blank.body.errors.name).toMatch(/name/i);
  });

  it('lists with filter, search and Content-Range, refusing unknown fields', async () => {
    for (const name of ['Zeta Corp', 'Zenith Ltd']) {
      await t.call('POST', '/api/accounts', {
        token: admin.token,
        body: { name, type: 'Reseller' },
      });
    }
    const r = await t.call(
      'GET',
      `/api/accounts?${q({ sort: ['name', 'ASC'], range: [0, 9], filter: { type: 'Reseller' } })}`,
      { token: admin.token },
    );
    expect(r.body.map((a: { name: string }) => a.name)).toEqual(['Zenith Ltd', 'Zeta Corp']);
    expect(r.headers.get('Content-Range')).toBe('accounts 0-1/2');
    const s = await t.call('GET', `/api/accounts?${q({ filter: { q: 'zeni' } })}`, {
      token: admin.token,
    });
    expect(s.body.map((a: { name: string }) => a.name)).toEqual(['Zenith Ltd']);
    const bad = await t.call('GET', `/api/accounts?${q({ filter: { description: 'x' } })}`, {
      token: admin.token,
    });
    expect(bad.status).toBe(400);
  });

  it('own: a rep sees only their accounts', async () => {
    const perms = {
      Account: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
    } as const;
    const a = await t.user({ permissions: perms });
    const mine = await t.call('POST', '/api/accounts', { token: a.token, body: { name: 'Mine' } });
    const other = await t.call('POST', '/api/accounts', {
      token: admin.token,
      body: { name: 'Not mine' },
    });
    const list = await t.call('GET', '/api/accounts', { token: a.token });
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([mine.body.id]);
    expect((await t.call('GET', `/api/accounts/${other.body.id}`, { token: a.token })).status).toBe(
      403,
    );
    expect(
      (await t.call('DELETE', `/api/accounts/${mine.body.id}`, { token: a.token })).status,
    ).toBe(403);
  });
});
