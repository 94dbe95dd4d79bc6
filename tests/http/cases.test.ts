import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const newCase = (body: Record<string, unknown>, token = admin.token) =>
  t.call('POST', '/api/cases', { token, body });
const list = (params: { filter?: unknown; sort?: unknown; range?: unknown }, token = admin.token) =>
  t.call(
    'GET',
    `/api/cases?${[
      params.filter && `filter=${q(params.filter)}`,
      params.sort && `sort=${q(params.sort)}`,
      params.range && `range=${q(params.range)}`,
    ]
      .filter(Boolean)
      .join('&')}`,
    { token },
  );
const names = (r: { body: { name: string }[] }) => r.body.map((c) => c.name);
const notesOf = async (id: string) =>
  (
    await t.call(
      'GET',
      `/api/notes?filter=${q({ parentType: 'Case', parentId: id })}&sort=${q(['createdAt', 'ASC'])}`,
      { token: admin.token },
    )
  ).body as { type: string; data: Record<string, any> }[];

describe('cases over REST', () => {
  it('creates a case numbered #n, New and Normal by default, and reads it back', async () => {
    const a = await newCase({ name: 'Printer on fire' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      name: 'Printer on fire',
      number: expect.stringMatching(/^#\d+$/),
      status: 'New',
      priority: 'Normal',
      type: null,
      isInternal: false,
      assignedUserId: null,
      createdById: admin.id,
      contactsIds: [],
    });
    const b = await newCase({ name: 'Second', priority: 'Urgent', type: 'Incident' });
    expect(Number(b.body.number.slice(1))).toBe(Number(a.body.number.slice(1)) + 1);
    expect(b.body).toMatchObject({ priority: 'Urgent', type: 'Incident' });
    const got = await t.call('GET', `/api/cases/${a.body.id}`, { token: admin.token });
    expect(got.status).toBe(200);
    expect(got.body.number).toBe(a.body.number);
    const byNumber = await list({ filter: { number: a.body.number } });
    expect(names(byNumber)).toEqual(['Printer on fire']);
  });

  it('says field by field what is wrong', async () => {
    const r = await newCase({ name: '  ', status: 'Weird', priority: 'Max', type: 'Rant' });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['name', 'priority', 'status', 'type']);
    expect(r.body.errors.status).toMatch(/New, Assigned, Pending, Closed, Rejected, Duplicate/);
    expect(r.body.errors.priority).toMatch(/Low, Normal, High, Urgent/);
    const missing = await newCase({});
    expect(missing.status).toBe(400);
    expect(missing.body.errors.name).toBeTruthy();
    const ghost = await newCase({
      name: 'Ghost contact',
      contactId: '00000000-0000-4000-8000-000000000000',
    });
    expect(ghost.status).toBe(400);
    expect(ghost.body.errors.contactId).toMatch(/No such contact/);
  });

  it("takes the account from the contact's primary account and keeps further contacts", async () => {
    const acme = await t.call('POST', '/api/accounts', {
      token: admin.token,
      body: { name: 'Acme' },
    });
    const jane = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { firstName: 'Jane', lastName: 'Doe', accountId: acme.body.id },
    });
    const bob = await t.call('POST', '/api/contacts', {
      token: admin.token,
      body: { lastName: 'Bob' },
    });
    const r = await newCase({
      name: 'Invoice wrong',
      contactId: jane.body.id,
      contactsIds: [bob.body.id],
    });
    expect(r.status).toBe(201);
    expect(r.body.accountId).toBe(acme.body.id);
    expect(r.body.contactsIds).toEqual([jane.body.id, bob.body.id]);
    const byAccount = await list({ filter: { accountId: acme.body.id } });
    expect(names(byAccount)).toEqual(['Invoice wrong']);

    // Changing the further contacts keeps the primary one first.
    const u = await t.call('PUT', `/api/cases/${r.body.id}`, {
      token: admin.token,
      body: { ...r.body, contactsIds: [] },
    });
    expect(u.body.contactsIds).toEqual([jane.body.id]);
  });

  it('makes a New case Assigned when it gets an assignee, with Update and Assign notes', async () => {
    const rep = await t.user({ name: 'Rita Rep' });
    const c = await newCase({ name: 'Needs an owner' });
    const r = await t.call('PUT', `/api/cases/${c.body.id}`, {
      token: admin.token,
      body: { ...c.body, assignedUserId: rep.id },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'Assigned', assignedUserId: rep.id });
    const notes = await notesOf(c.body.id);
    expect(notes.map((n) => n.type).sort()).toEqual(['Assign', 'Create', 'Update']);
    expect(notes.find((n) => n.type === 'Update')?.data.fields.status).toEqual({
      was: 'New',
      became: 'Assigned',
    });
    expect(notes.find((n) => n.type === 'Assign')?.data).toMatchObject({ became: rep.id });

    // A later status change is one more Update note with was/became.
    t.clock.advance(1000);
    await t.call('PUT', `/api/cases/${c.body.id}`, {
      token: admin.token,
      body: { status: 'Closed' },
    });
    const after = await notesOf(c.body.id);
    const updates = after.filter((n) => n.type === 'Update');
    expect(updates.at(-1)?.data.fields.status).toEqual({ was: 'Assigned', became: 'Closed' });

    const inactive = await t.user({ name: 'Gone' });
    await t.call('PUT', `/api/users/${inactive.id}`, {
      token: admin.token,
      body: { isActive: false },
    });
    const refused = await newCase({ name: 'To nobody', assignedUserId: inactive.id });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.assignedUserId).toMatch(/active user/);
  });

  it('lists by status, open or closed, and words, with Content-Range', async () => {
    const t0 = await newCase({ name: 'Wifi drops in the attic' });
    await newCase({ name: 'Wifi password reset', status: 'Pending' });
    await newCase({ name: 'Wifi was fine after all', status: 'Rejected' });
    const closed = await list({ filter: { q: 'wifi', open: false } });
    expect(names(closed)).toEqual(['Wifi was fine after all']);
    const open = await list({ filter: { q: 'wifi', open: true }, sort: ['name', 'ASC'] });
    expect(names(open)).toEqual(['Wifi drops in the attic', 'Wifi password reset']);
    const pending = await list({ filter: { q: 'wifi', status: 'Pending' } });
    expect(names(pending)).toEqual(['Wifi password reset']);
    const both = await list({ filter: { q: 'wifi attic' } });
    expect(names(both)).toEqual([t0.body.name]);
    const page = await list({ filter: { q: 'wifi' }, sort: ['name', 'ASC'], range: [0, 1] });
    expect(page.body).toHaveLength(2);
    expect(page.headers.get('Content-Range')).toBe('cases 0-1/3');
    const bad = await list({ filter: { colour: 'red' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.colour).toBeTruthy();
  });

  it('sorts by last activity (streamUpdatedAt)', async () => {
    const older = await newCase({ name: 'Activity older' });
    t.clock.advance(60_000);
    await newCase({ name: 'Activity newer' });
    t.clock.advance(60_000);
    // A note on the older case makes it the most recently active.
    const note = await t.call('POST', '/api/notes', {
      token: admin.token,
      body: { parentType: 'Case', parentId: older.body.id, post: 'Called the customer' },
    });
    expect(note.status).toBe(201);
    const r = await list({ filter: { q: 'Activity' }, sort: ['streamUpdatedAt', 'DESC'] });
    expect(names(r)).toEqual(['Activity older', 'Activity newer']);
    const asc = await list({ filter: { q: 'Activity' }, sort: ['streamUpdatedAt', 'ASC'] });
    expect(names(asc)).toEqual(['Activity newer', 'Activity older']);
  });

  it('own, team and no access by role', async () => {
    const support = await t.team('Support');
    const ownPerms = {
      Case: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
    } as const;
    const teamPerms = {
      Case: { create: 'yes', read: 'team', edit: 'team', delete: 'team', stream: 'team' },
    } as const;
    const owner = await t.user({ name: 'Olga Own', permissions: ownPerms });
    const mate = await t.user({ name: 'Tom Team', permissions: teamPerms, teamIds: [support] });
    const nobody = await t.user({ name: 'Nora No', permissions: { Lead: { read: 'all' } } });

    const mine = await newCase({ name: 'Role: created by Olga' }, owner.token);
    expect(mine.status).toBe(201);
    const assigned = await newCase({ name: 'Role: assigned to Olga', assignedUserId: owner.id });
    const teamCase = await newCase({ name: 'Role: support team', teamsIds: [support] });
    const other = await newCase({ name: 'Role: someone else' });

    const olga = await list({ filter: { q: 'Role:' }, sort: ['name', 'ASC'] }, owner.token);
    expect(names(olga)).toEqual(['Role: assigned to Olga', 'Role: created by Olga']);
    expect(
      (await t.call('GET', `/api/cases/${teamCase.body.id}`, { token: owner.token })).status,
    ).toBe(403);
    const edit = await t.call('PUT', `/api/cases/${assigned.body.id}`, {
      token: owner.token,
      body: { status: 'Pending' },
    });
    expect(edit.body.status).toBe('Pending');
    expect(
      (await t.call('DELETE', `/api/cases/${mine.body.id}`, { token: owner.token })).status,
    ).toBe(403);

    const tom = await list({ filter: { q: 'Role:' } }, mate.token);
    expect(names(tom)).toEqual(['Role: support team']);
    expect((await t.call('GET', `/api/cases/${other.body.id}`, { token: mate.token })).status).toBe(
      403,
    );

    expect((await list({}, nobody.token)).status).toBe(403);
    expect((await newCase({ name: 'Not allowed' }, nobody.token)).status).toBe(403);
    expect(
      (await t.call('GET', `/api/cases/${mine.body.id}`, { token: nobody.token })).status,
    ).toBe(403);
  });

  it('deletes a case, which is then gone', async () => {
    const support = await t.team('Deleters');
    const mate = await t.user({
      permissions: {
        Case: { create: 'yes', read: 'team', edit: 'team', delete: 'team', stream: 'team' },
      },
      teamIds: [support],
    });
    const c = await newCase({ name: 'Spam case', teamsIds: [support] });
    const other = await newCase({ name: 'Keep me' });
    expect(
      (await t.call('DELETE', `/api/cases/${other.body.id}`, { token: mate.token })).status,
    ).toBe(403);
    const r = await t.call('DELETE', `/api/cases/${c.body.id}`, { token: mate.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: c.body.id, name: 'Spam case' });
    expect((await t.call('GET', `/api/cases/${c.body.id}`, { token: admin.token })).status).toBe(
      404,
    );
    expect(
      (await t.call('GET', `/api/cases/${other.body.id}`, { token: admin.token })).status,
    ).toBe(200);
  });
});
