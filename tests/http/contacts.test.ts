import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };
let acme: string;
let globex: string;
let initech: string;

const q = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&');

async function account(name: string) {
  const r = await t.call('POST', '/api/accounts', { token: admin.token, body: { name } });
  return r.body.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
  acme = await account('Acme');
  globex = await account('Globex');
  initech = await account('Initech');
});
afterAll(() => t.close());

describe('contacts over REST', () => {
  it('needs a last name and says what is wrong per field', async () => {
    const r = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { firstName: 'Jo', emailAddress: 'bad', accountId: 'nope' },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['accountId', 'emailAddress', 'lastName']);
    expect(r.body.errors.lastName).toBe('Enter a last name.');
    const missing = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { lastName: 'Ghost', accountId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.accountId).toMatch(/No such account/);
  });

  it('keeps the title as the role at the primary account, with further accounts', async () => {
    const c = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: {
        firstName: 'Jane',
        lastName: 'Doe',
        accountId: acme,
        title: 'CFO',
        accounts: [{ accountId: globex, role: 'Board member', isInactive: true }],
      },
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({
      name: 'Jane Doe',
      accountId: acme,
      accountName: 'Acme',
      title: 'CFO',
      accountsIds: [acme, globex],
      accounts: [
        { accountId: globex, accountName: 'Globex', role: 'Board member', isInactive: true },
      ],
    });

    // react-admin resends the whole record with one field changed: the title.
    const u = await t.call('PUT', `/api/contacts/${c.body.id}`, {
      token: admin.token,
      body: { ...c.body, title: 'CEO' },
    });
    expect(u.status).toBe(200);
    expect(u.body.title).toBe('CEO');
    expect(u.body.accounts).toHaveLength(1);
    const notes = await t.call(
      'GET',
      `/api/notes?${q({ filter: { parentType: 'Contact', parentId: c.body.id } })}`,
      { token: admin.token },
    );
    const titleNote = notes.body.find(
      (n: { data: { fields?: { title?: unknown } } }) => n.data.fields?.title,
    );
    expect(titleNote.data.fields.title).toEqual({ was: 'CFO', became: 'CEO' });

    // Adding an account through accountsIds (a reference array input) keeps the others' roles.
    const added = await t.call('PUT', `/api/contacts/${c.body.id}`, {
      token: admin.token,
      body: { ...u.body, accountsIds: [acme, globex, initech] },
    });
    expect(added.body.accountsIds).toEqual([acme, globex, initech]);
    expect(added.body.accounts).toEqual([
      { accountId: globex, accountName: 'Globex', role: 'Board member', isInactive: true },
      { accountId: initech, accountName: 'Initech', role: null, isInactive: false },
    ]);

    // A new primary account: the old one stays linked with its role; the title follows the link.
    const moved = await t.call('PUT', `/api/contacts/${c.body.id}`, {
      token: admin.token,
      body: { ...added.body, accountId: globex },
    });
    expect(moved.body.accountId).toBe(globex);
    expect(moved.body.title).toBe('Board member');
    expect(moved.body.accountsIds).toEqual([globex, acme, initech]);
    expect(moved.body.accounts.find((a: { accountId: string }) => a.accountId === acme)).toEqual({
      accountId: acme,
      accountName: 'Acme',
      role: 'CEO',
      isInactive: false,
    });
  });

  it('refuses a title without a primary account instead of losing it', async () => {
    const r = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { lastName: 'Nowhere', title: 'CTO' },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.title).toMatch(/primary account/);
  });

  it('filters by primary account and by any linked account', async () => {
    const hooli = await account('Hooli');
    const pied = await account('Pied Piper');
    const primary = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { lastName: 'Primary', accountId: hooli },
    });
    const further = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { lastName: 'Further', accountId: pied, accountsIds: [pied, hooli] },
    });
    const byPrimary = await t.call('GET', `/api/contacts?${q({ filter: { accountId: hooli } })}`, {
      token: admin.token,
    });
    expect(byPrimary.body.map((c: { id: string }) => c.id)).toEqual([primary.body.id]);
    const linked = await t.call(
      'GET',
      `/api/contacts?${q({ filter: { accountsIds: hooli }, sort: ['lastName', 'ASC'] })}`,
      { token: admin.token },
    );
    expect(linked.body.map((c: { lastName: string }) => c.lastName)).toEqual([
      'Further',
      'Primary',
    ]);
    expect(linked.headers.get('Content-Range')).toBe('contacts 0-1/2');
    const bad = await t.call('GET', `/api/contacts?${q({ filter: { accountsIds: 'x' } })}`, {
      token: admin.token,
    });
    expect(bad.status).toBe(400);
    expect(further.body.accounts).toEqual([
      { accountId: hooli, accountName: 'Hooli', role: null, isInactive: false },
    ]);
  });

  it('keeps the contact when its primary account is deleted', async () => {
    const gone = await account('Gone Inc');
    const c = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { lastName: 'Survivor', accountId: gone, title: 'Owner' },
    });
    await t.call('DELETE', `/api/accounts/${gone}`, { token: admin.token });
    const r = await t.call('GET', `/api/contacts/${c.body.id}`, { token: admin.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accountId: null, title: null, accountsIds: [] });
  });
});
