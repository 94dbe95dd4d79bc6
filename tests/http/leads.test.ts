import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

describe('leads over REST', () => {
  it('creates a lead with a number and the New status', async () => {
    const r = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: {
        firstName: 'Jane',
        lastName: 'Doe',
        emailAddress: 'Jane@Acme.com',
        opportunityAmount: '1250.5',
      },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      number: expect.stringMatching(/^L-\d+$/),
      status: 'New',
      emailAddress: 'jane@acme.com',
      opportunityAmount: '1250.50',
      createdById: admin.id,
    });
    expect(typeof r.body.id).toBe('string');
    const got = await t.call('GET', `/api/leads/${r.body.id}`, { token: admin.token });
    expect(got.body.number).toBe(r.body.number);
  });

  it('refuses a lead without name, company, e-mail or phone, field by field', async () => {
    const r = await t.call('POST', '/api/leads', { token: admin.token, body: { title: 'CEO' } });
    expect(r.status).toBe(400);
    expect(r.body.errors.lastName).toMatch(/name/);
    const bad = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'X', emailAddress: 'nope', status: 'Weird', opportunityAmount: 0.123 },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      'emailAddress',
      'opportunityAmount',
      'status',
    ]);
  });

  it('makes a New lead Assigned when it gets an assignee, and records the change', async () => {
    const rep = await t.user({ name: 'Rita Rep' });
    const created = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Assignee' },
    });
    const r = await t.call('PUT', `/api/leads/${created.body.id}`, {
      token: admin.token,
      body: { ...created.body, assignedUserId: rep.id },
    });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('Assigned');
    const notes = await t.call(
      'GET',
      `/api/notes?filter=${encodeURIComponent(JSON.stringify({ parentType: 'Lead', parentId: created.body.id }))}&sort=${encodeURIComponent('["createdAt","ASC"]')}`,
      { token: admin.token },
    );
    expect(notes.status).toBe(200);
    const types = notes.body.map((n: { type: string }) => n.type);
    expect(types.sort()).toEqual(['Assign', 'Create', 'Update']);
    const update = notes.body.find((n: { type: string }) => n.type === 'Update');
    expect(update.data.fields.status).toEqual({ was: 'New', became: 'Assigned' });
  });

  it('lists with sort, range, filter and Content-Range', async () => {
    for (const n of ['Alpha', 'Bravo', 'Charlie']) {
      await t.call('POST', '/api/leads', {
        token: admin.token,
        body: { lastName: n, source: 'Partner' },
      });
    }
    const q = (o: Record<string, unknown>) =>
      Object.entries(o)
        .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
        .join('&');
    const r = await t.call(
      'GET',
      `/api/leads?${q({ sort: ['lastName', 'DESC'], range: [0, 1], filter: { source: 'Partner' } })}`,
      {
        token: admin.token,
      },
    );
    expect(r.status).toBe(200);
    expect(r.body.map((l: { lastName: string }) => l.lastName)).toEqual(['Charlie', 'Bravo']);
    expect(r.headers.get('Content-Range')).toBe('leads 0-1/3');
    const search = await t.call('GET', `/api/leads?${q({ filter: { q: 'brav' } })}`, {
      token: admin.token,
    });
    expect(search.body.map((l: { lastName: string }) => l.lastName)).toEqual(['Bravo']);
    const byNumber = await t.call(
      'GET',
      `/api/leads?${q({ filter: { number: search.body[0].number } })}`,
      { token: admin.token },
    );
    expect(byNumber.body).toHaveLength(1);
  });

  it('answers 400 for sort or filter on fields that are not whitelisted', async () => {
    const sort = await t.call(
      'GET',
      `/api/leads?sort=${encodeURIComponent('["passwordHash","ASC"]')}`,
      { token: admin.token },
    );
    expect(sort.status).toBe(400);
    const filter = await t.call(
      'GET',
      `/api/leads?filter=${encodeURIComponent('{"description":"x"}')}`,
      { token: admin.token },
    );
    expect(filter.status).toBe(400);
    expect(filter.body.errors.description).toBeDefined();
    const garbage = await t.call('GET', '/api/leads?range=oops', { token: admin.token });
    expect(garbage.status).toBe(400);
  });

  it('needs a token, and answers JSON 404s', async () => {
    expect((await t.call('GET', '/api/leads')).status).toBe(401);
    expect((await t.call('GET', '/api/leads', { token: 'forged' })).status).toBe(401);
    const missing = await t.call('GET', '/api/leads/00000000-0000-0000-0000-000000000000', {
      token: admin.token,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/not found/i);
    expect((await t.call('GET', '/api/nothing-here', { token: admin.token })).status).toBe(404);
  });

  it('rejects a malformed body with 400, not a crash', async () => {
    const r = await t.call('POST', '/api/leads', { token: admin.token, body: '{not json' });
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/JSON/);
  });

  it('deletes and returns the deleted record', async () => {
    const c = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Gone' },
    });
    const d = await t.call('DELETE', `/api/leads/${c.body.id}`, { token: admin.token });
    expect(d.status).toBe(200);
    expect(d.body.id).toBe(c.body.id);
    expect((await t.call('GET', `/api/leads/${c.body.id}`, { token: admin.token })).status).toBe(
      404,
    );
  });
});

describe('roles on leads', () => {
  it('own: a rep sees and edits only leads assigned to or created by them', async () => {
    const perms = {
      Lead: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'own' },
    } as const;
    const a = await t.user({ permissions: perms });
    const b = await t.user({ permissions: perms });
    const mine = await t.call('POST', '/api/leads', { token: a.token, body: { lastName: 'Mine' } });
    expect(mine.status).toBe(201);
    const theirs = await t.call('POST', '/api/leads', {
      token: b.token,
      body: { lastName: 'Theirs' },
    });
    const list = await t.call('GET', '/api/leads', { token: a.token });
    expect(list.body.map((l: { id: string }) => l.id)).toEqual([mine.body.id]);
    expect(list.headers.get('Content-Range')).toBe('leads 0-0/1');
    expect((await t.call('GET', `/api/leads/${theirs.body.id}`, { token: a.token })).status).toBe(
      403,
    );
    expect(
      (
        await t.call('PUT', `/api/leads/${theirs.body.id}`, {
          token: a.token,
          body: { lastName: 'Hacked' },
        })
      ).status,
    ).toBe(403);
    expect((await t.call('DELETE', `/api/leads/${mine.body.id}`, { token: a.token })).status).toBe(
      403,
    );
  });

  it('team: records shared with one of my teams are visible; roles merge to the most permissive', async () => {
    const team = await t.team('Sales FR', {
      permissions: { Lead: { create: 'no', read: 'team', edit: 'no', delete: 'no', stream: 'no' } },
    });
    const member = await t.user({
      teamIds: [team],
      permissions: {
        Lead: { create: 'yes', read: 'own', edit: 'own', delete: 'no', stream: 'no' },
      },
    });
    const shared = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Shared', teamsIds: [team] },
    });
    const other = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Other' },
    });
    expect(
      (await t.call('GET', `/api/leads/${shared.body.id}`, { token: member.token })).status,
    ).toBe(200);
    expect(
      (await t.call('GET', `/api/leads/${other.body.id}`, { token: member.token })).status,
    ).toBe(403);
    // create comes from the user's own role (yes) merged with the team's (no)
    expect(
      (await t.call('POST', '/api/leads', { token: member.token, body: { lastName: 'Mine' } }))
        .status,
    ).toBe(201);
  });

  it('a user whose roles never mention leads cannot list or create them', async () => {
    const nobody = await t.user({});
    expect((await t.call('GET', '/api/leads', { token: nobody.token })).status).toBe(403);
    expect(
      (await t.call('POST', '/api/leads', { token: nobody.token, body: { lastName: 'X' } })).status,
    ).toBe(403);
  });
});

describe('field-level roles', () => {
  it('hides a field the role hides and refuses changes to it, while whole-record saves still work', async () => {
    const rep = await t.user({
      permissions: {
        Lead: { create: 'yes', read: 'all', edit: 'all', delete: 'no', stream: 'all' },
      },
    });
    const r = await t.call('POST', '/api/roles', {
      token: admin.token,
      body: {
        name: 'Budget hidden',
        permissions: {
          Lead: { create: 'yes', read: 'all', edit: 'all', delete: 'no', stream: 'all' },
        },
        fieldPermissions: { Lead: { opportunityAmount: { read: 'no', edit: 'no' } } },
      },
    });
    expect(r.status).toBe(201);
    // The hidden field stays hidden only if every role hides it: give this user only that role.
    await t.call('PUT', `/api/users/${rep.id}`, {
      token: admin.token,
      body: { rolesIds: [r.body.id] },
    });
    const lead = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Budget', opportunityAmount: '9000.00' },
    });
    const seen = await t.call('GET', `/api/leads/${lead.body.id}`, { token: rep.token });
    expect(seen.status).toBe(200);
    expect(seen.body).not.toHaveProperty('opportunityAmount');
    const save = await t.call('PUT', `/api/leads/${lead.body.id}`, {
      token: rep.token,
      body: { ...seen.body, title: 'Buyer' },
    });
    expect(save.status).toBe(200);
    const sneak = await t.call('PUT', `/api/leads/${lead.body.id}`, {
      token: rep.token,
      body: { opportunityAmount: '1.00' },
    });
    expect(sneak.status).toBe(403);
    const stored = await t.call('GET', `/api/leads/${lead.body.id}`, { token: admin.token });
    expect(stored.body.opportunityAmount).toBe('9000.00');
    expect(stored.body.title).toBe('Buyer');
  });
});

describe('ra-data-simple-rest details', () => {
  const q = (o: Record<string, unknown>) =>
    Object.entries(o)
      .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
      .join('&');

  it('getMany by id list, and range operators on money, dates and text', async () => {
    const a = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Cheap', opportunityAmount: '100.00', industry: 'Ops' },
    });
    t.clock.advance(60_000);
    const b = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Dear', opportunityAmount: '5000.00', industry: 'Ops' },
    });
    const many = await t.call(
      'GET',
      `/api/leads?${q({ filter: { id: [a.body.id, b.body.id] } })}`,
      {
        token: admin.token,
      },
    );
    expect(many.body.map((l: { id: string }) => l.id).sort()).toEqual(
      [a.body.id, b.body.id].sort(),
    );
    const gte = await t.call(
      'GET',
      `/api/leads?${q({ filter: { industry: 'Ops', opportunityAmount_gte: '1000' } })}`,
      { token: admin.token },
    );
    expect(gte.body.map((l: { lastName: string }) => l.lastName)).toEqual(['Dear']);
    const after = await t.call(
      'GET',
      `/api/leads?${q({ filter: { industry: 'Ops', createdAt_gt: a.body.createdAt } })}`,
      { token: admin.token },
    );
    expect(after.body.map((l: { lastName: string }) => l.lastName)).toEqual(['Dear']);
    const neq = await t.call(
      'GET',
      `/api/leads?${q({ filter: { industry: 'Ops', lastName_neq: 'Dear' } })}`,
      { token: admin.token },
    );
    expect(neq.body.map((l: { lastName: string }) => l.lastName)).toEqual(['Cheap']);
    const bad = await t.call(
      'GET',
      `/api/leads?${q({ filter: { opportunityAmount_gte: 'lots' } })}`,
      {
        token: admin.token,
      },
    );
    expect(bad.status).toBe(400);
  });

  it('exposes Content-Range to other origins, and refuses bodies over 1 MiB with 413', async () => {
    const r = await t.call('GET', '/api/leads?range=[0,0]', {
      token: admin.token,
      headers: { Origin: 'https://crm.example.com' },
    });
    expect(r.headers.get('Access-Control-Expose-Headers')).toMatch(/Content-Range/);
    const big = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Big', description: 'x'.repeat(1_100_000) },
    });
    expect(big.status).toBe(413);
    expect(big.body.message).toMatch(/too large/);
  });
});
