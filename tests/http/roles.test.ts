import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

const matrix = {
  Lead: { create: 'yes', read: 'team', edit: 'own', delete: 'no', stream: 'all' },
  Opportunity: { create: 'no', read: 'all', edit: 'no', delete: 'no', stream: 'own' },
};

describe('roles', () => {
  it('round-trips the permission matrix and field permissions', async () => {
    const c = await t.call('POST', '/api/roles', {
      token: admin.token,
      body: {
        name: 'Sales rep',
        permissions: matrix,
        fieldPermissions: { Lead: { opportunityAmount: { read: 'yes', edit: 'no' } } },
      },
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ name: 'Sales rep', permissions: matrix });
    const got = await t.call('GET', `/api/roles/${c.body.id}`, { token: admin.token });
    expect(got.body.permissions).toEqual(matrix);
    expect(got.body.fieldPermissions).toEqual({
      Lead: { opportunityAmount: { read: 'yes', edit: 'no' } },
    });
    const list = await t.call('GET', '/api/roles', { token: admin.token });
    expect(list.body.map((r: { id: string }) => r.id)).toContain(c.body.id);
    const renamed = await t.call('PUT', `/api/roles/${c.body.id}`, {
      token: admin.token,
      body: { ...got.body, name: 'Senior rep' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Senior rep', permissions: matrix });
  });

  it('rejects unknown entity types, actions and levels field by field', async () => {
    const r = await t.call('POST', '/api/roles', {
      token: admin.token,
      body: {
        name: 'Broken',
        permissions: {
          Spaceship: { read: 'all' },
          Lead: { read: 'everything', create: 'maybe', fly: 'all' },
        },
        fieldPermissions: { Lead: { amount: { read: 'perhaps' } }, Nope: {} },
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors).toMatchObject({
      'permissions.Spaceship': expect.stringMatching(/Unknown entity type/),
      'permissions.Lead.read': expect.stringMatching(/all, team, own, no/),
      'permissions.Lead.create': expect.stringMatching(/yes, no/),
      'permissions.Lead': expect.stringMatching(/create, read, edit, delete and stream/),
      'fieldPermissions.Lead.amount.read': expect.stringMatching(/yes, no/),
      'fieldPermissions.Nope': expect.stringMatching(/Unknown entity type/),
    });
    const noName = await t.call('POST', '/api/roles', { token: admin.token, body: {} });
    expect(noName.body.errors.name).toBe('Enter a name.');
  });

  it('is for admins only, reading included', async () => {
    const rep = await t.user({ permissions: { Lead: { read: 'all' } } });
    expect((await t.call('GET', '/api/roles', { token: rep.token })).status).toBe(403);
    const create = await t.call('POST', '/api/roles', {
      token: rep.token,
      body: { name: 'Me admin', permissions: {} },
    });
    expect(create.status).toBe(403);
  });

  it('a role change takes effect on the next request', async () => {
    const role = await t.call('POST', '/api/roles', {
      token: admin.token,
      body: { name: 'Readers', permissions: { Lead: { read: 'no' } } },
    });
    const team = await t.call('POST', '/api/teams', {
      token: admin.token,
      body: { name: 'Readers team', rolesIds: [role.body.id] },
    });
    const rep = await t.user({ teamIds: [team.body.id] });
    expect((await t.call('GET', '/api/leads', { token: rep.token })).status).toBe(403);
    await t.call('PUT', `/api/roles/${role.body.id}`, {
      token: admin.token,
      body: { permissions: { Lead: { read: 'all' } } },
    });
    expect((await t.call('GET', '/api/leads', { token: rep.token })).status).toBe(200);
    // Taking the role away from the team works the same way.
    await t.call('PUT', `/api/teams/${team.body.id}`, {
      token: admin.token,
      body: { rolesIds: [] },
    });
    expect((await t.call('GET', '/api/leads', { token: rep.token })).status).toBe(403);
    // And giving it to the user directly.
    await t.call('PUT', `/api/users/${rep.id}`, {
      token: admin.token,
      body: { rolesIds: [role.body.id] },
    });
    const me = await t.call('GET', '/api/auth/me', { token: rep.token });
    expect(me.body.permissions.entities.Lead.read).toBe('all');
  });
});

describe('teams', () => {
  it('keeps members with positions and roles; admins write, everyone reads', async () => {
    const a = await t.user({ name: 'Ann' });
    const b = await t.user({ name: 'Bob' });
    const c = await t.call('POST', '/api/teams', {
      token: admin.token,
      body: { name: 'Paris', usersIds: [a.id, b.id], positions: { [a.id]: 'Manager' } },
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ name: 'Paris', positions: { [a.id]: 'Manager' }, rolesIds: [] });
    expect([...c.body.usersIds].sort()).toEqual([a.id, b.id].sort());

    const read = await t.call('GET', `/api/teams/${c.body.id}`, { token: b.token });
    expect(read.status).toBe(200);
    const mine = await t.call(
      'GET',
      `/api/teams?filter=${encodeURIComponent(JSON.stringify({ usersIds: b.id }))}`,
      { token: b.token },
    );
    expect(mine.body.map((x: { id: string }) => x.id)).toEqual([c.body.id]);
    expect(
      (await t.call('PUT', `/api/teams/${c.body.id}`, { token: b.token, body: { name: 'X' } }))
        .status,
    ).toBe(403);

    // Dropping a member keeps the others' positions.
    const u = await t.call('PUT', `/api/teams/${c.body.id}`, {
      token: admin.token,
      body: { usersIds: [a.id] },
    });
    expect(u.body).toMatchObject({ usersIds: [a.id], positions: { [a.id]: 'Manager' } });
    const bad = await t.call('PUT', `/api/teams/${c.body.id}`, {
      token: admin.token,
      body: { positions: { [b.id]: 'Intern' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.positions).toMatch(/not a member/);
    const unknownRole = await t.call('PUT', `/api/teams/${c.body.id}`, {
      token: admin.token,
      body: { rolesIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknownRole.status).toBe(400);
    expect(unknownRole.body.errors.rolesIds).toMatch(/No such role/);

    const me = await t.call('GET', `/api/users/${a.id}`, { token: a.token });
    expect(me.body.teamsIds).toEqual([c.body.id]);
    expect((await t.call('DELETE', `/api/teams/${c.body.id}`, { token: admin.token })).status).toBe(
      200,
    );
    expect((await t.call('GET', `/api/users/${a.id}`, { token: a.token })).body.teamsIds).toEqual(
      [],
    );
  });
});
