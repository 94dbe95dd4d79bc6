import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HONEYPOT_FIELD } from '../../server/domain/lead-capture/capture-lead';
import { LEAD_CAPTURE_LIMITS } from '../../server/domain/lead-capture/limits';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

type Key = { id: string; apiKey: string; teamId: string | null };
async function makeKey(body: Record<string, unknown> = {}): Promise<Key> {
  const r = await t.call('POST', '/api/lead-capture-keys', {
    token: admin.token,
    body: {
      name: 'Contact form',
      fields: ['firstName', 'lastName', 'emailAddress', 'phoneNumber', 'accountName', 'title'],
      ...body,
    },
  });
  expect(r.status).toBe(201);
  return r.body;
}

const post = (apiKey: string, body: unknown, headers: Record<string, string> = {}) =>
  t.call('POST', `/api/lead-capture/${apiKey}`, { body, headers });
const form = (apiKey: string, fields: Record<string, string>, headers = {}) =>
  post(apiKey, new URLSearchParams(fields).toString(), {
    'Content-Type': 'application/x-www-form-urlencoded',
    ...headers,
  });
const lead = async (id: string) =>
  (await t.call('GET', `/api/leads/${id}`, { token: admin.token })).body;
const leadNotes = async (id: string) =>
  (
    await t.call(
      'GET',
      `/api/notes?filter=${encodeURIComponent(JSON.stringify({ parentType: 'Lead', parentId: id }))}`,
      { token: admin.token },
    )
  ).body as { type: string; post: string | null; data: Record<string, unknown> }[];

describe('lead-capture keys', () => {
  it('generates the api key, validates fields and origins, and regenerates on demand', async () => {
    const team = await t.team('Web');
    const k = await makeKey({ teamId: team, allowedOrigins: ['https://www.example.com/'] });
    expect(k.apiKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(k).toMatchObject({
      leadSource: 'Web Site',
      mergeDuplicates: true,
      isActive: true,
      teamId: team,
      allowedOrigins: ['https://www.example.com'],
    });
    const ignored = await t.call('PUT', `/api/lead-capture-keys/${k.id}`, {
      token: admin.token,
      body: { apiKey: 'chosen-by-me', name: 'Renamed' },
    });
    expect(ignored.body).toMatchObject({ apiKey: k.apiKey, name: 'Renamed' });
    const again = await t.call('POST', `/api/lead-capture-keys/${k.id}/regenerate`, {
      token: admin.token,
    });
    expect(again.status).toBe(200);
    expect(again.body.apiKey).not.toBe(k.apiKey);
    expect((await post(k.apiKey, { lastName: 'Old key' })).status).toBe(404);

    const bad = await t.call('POST', '/api/lead-capture-keys', {
      token: admin.token,
      body: {
        name: 'Bad',
        fields: ['lastName', 'passwordHash', 'assignedUserId'],
        leadSource: 'Carrier pigeon',
        allowedOrigins: ['not an origin', 'https://ok.example.com/path'],
      },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      'allowedOrigins.0',
      'allowedOrigins.1',
      'fields.1',
      'fields.2',
      'leadSource',
    ]);
  });

  it('is for admins only', async () => {
    const rep = await t.user({ permissions: { Lead: { create: 'yes', read: 'all' } } });
    expect((await t.call('GET', '/api/lead-capture-keys', { token: rep.token })).status).toBe(403);
    const create = await t.call('POST', '/api/lead-capture-keys', {
      token: rep.token,
      body: { name: 'x', fields: ['lastName'] },
    });
    expect(create.status).toBe(403);
  });
});

describe('POST /api/lead-capture/:apiKey', () => {
  it('creates a lead from JSON with only the key’s fields, its source and team', async () => {
    const team = await t.team('Inbound');
    const k = await makeKey({
      teamId: team,
      leadSource: 'Campaign',
      fields: ['lastName', 'emailAddress'],
    });
    const r = await post(k.apiKey, {
      lastName: 'Json',
      emailAddress: 'JSON@example.com',
      title: 'Not accepted by this key',
      status: 'Dead',
      assignedUserId: admin.id,
    });
    expect(r.status).toBe(201);
    expect(Object.keys(r.body)).toEqual(['id']);
    const l = await lead(r.body.id);
    expect(l).toMatchObject({
      lastName: 'Json',
      emailAddress: 'json@example.com',
      title: null,
      status: 'New',
      source: 'Campaign',
      assignedUserId: null,
      createdById: null,
      teamsIds: [team],
    });
    expect((await leadNotes(r.body.id)).map((n) => n.type)).toEqual(['Create']);
  });

  it('accepts a form-encoded body, as a plain HTML form sends it', async () => {
    const k = await makeKey();
    const r = await form(k.apiKey, {
      firstName: 'Form',
      lastName: 'Encoded',
      accountName: 'Acme & Sons',
      [HONEYPOT_FIELD]: '',
    });
    expect(r.status).toBe(201);
    expect(await lead(r.body.id)).toMatchObject({
      firstName: 'Form',
      lastName: 'Encoded',
      accountName: 'Acme & Sons',
      source: 'Web Site',
    });
    const multipart = new FormData();
    multipart.set('lastName', 'Multipart');
    const res = await t.app.request(`/api/lead-capture/${k.apiKey}`, {
      method: 'POST',
      body: multipart,
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await lead(id)).lastName).toBe('Multipart');
    const other = await post(k.apiKey, 'lastName=X', { 'Content-Type': 'text/plain' });
    expect(other.status).toBe(400);
  });

  it('answers 400 with per-field errors like any lead creation', async () => {
    const k = await makeKey();
    const empty = await post(k.apiKey, { title: 'CEO' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.lastName).toMatch(/name/);
    const badEmail = await form(k.apiKey, { lastName: 'X', emailAddress: 'nope' });
    expect(badEmail.status).toBe(400);
    expect(Object.keys(badEmail.body.errors)).toEqual(['emailAddress']);
  });

  it('answers 404 for an unknown or inactive key', async () => {
    expect((await post('no-such-key', { lastName: 'X' })).status).toBe(404);
    const k = await makeKey();
    await t.call('PUT', `/api/lead-capture-keys/${k.id}`, {
      token: admin.token,
      body: { isActive: false },
    });
    const r = await post(k.apiKey, { lastName: 'X' });
    expect(r.status).toBe(404);
    expect(r.body.message).toMatch(/not found/i);
  });

  it('honeypot: a filled trap answers 201 with an id but creates nothing', async () => {
    const k = await makeKey();
    const before = await t.call('GET', '/api/leads?range=[0,0]', { token: admin.token });
    const r = await form(k.apiKey, { lastName: 'Bot', [HONEYPOT_FIELD]: 'http://spam.example' });
    expect(r.status).toBe(201);
    expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await t.call('GET', `/api/leads/${r.body.id}`, { token: admin.token })).status).toBe(
      404,
    );
    const after = await t.call('GET', '/api/leads?range=[0,0]', { token: admin.token });
    expect(after.headers.get('Content-Range')).toBe(before.headers.get('Content-Range'));
  });
});

describe('★ duplicates', () => {
  it('fills only the empty fields of the open lead with the same e-mail, and notes it', async () => {
    const k = await makeKey();
    const first = await post(k.apiKey, {
      lastName: 'Dupont',
      emailAddress: 'marie@dupont.fr',
      title: 'CTO',
    });
    const again = await post(k.apiKey, {
      firstName: 'Marie',
      lastName: 'Durand',
      emailAddress: 'MARIE@dupont.fr',
      phoneNumber: '+33 6 12 34 56 78',
      title: 'CEO',
    });
    expect(again.status).toBe(201);
    expect(again.body).toEqual({ id: first.body.id });
    expect(await lead(first.body.id)).toMatchObject({
      firstName: 'Marie',
      lastName: 'Dupont',
      title: 'CTO',
      phoneNumber: '+33 6 12 34 56 78',
    });
    const notes = await leadNotes(first.body.id);
    const merge = notes.find((n) => n.data.source === 'lead-capture');
    expect(merge).toBeDefined();
    expect(merge!.type).toBe('Post');
    expect([...(merge!.data.fields as string[])].sort()).toEqual(['firstName', 'phoneNumber']);
    expect(merge!.post).toMatch(/CEO/);

    // Same phone written differently: still the same lead.
    const byPhone = await post(k.apiKey, { accountName: 'Dupont SA', phoneNumber: '+33612345678' });
    expect(byPhone.body.id).toBe(first.body.id);
    expect((await lead(first.body.id)).accountName).toBe('Dupont SA');
  });

  it('never merges into a closed lead, nor when the key says not to', async () => {
    const k = await makeKey();
    const closed = await post(k.apiKey, { lastName: 'Closed', emailAddress: 'closed@example.com' });
    await t.call('PUT', `/api/leads/${closed.body.id}`, {
      token: admin.token,
      body: { status: 'Dead' },
    });
    const fresh = await post(k.apiKey, { lastName: 'Closed', emailAddress: 'closed@example.com' });
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).not.toBe(closed.body.id);

    const noMerge = await makeKey({ mergeDuplicates: false });
    const a = await post(noMerge.apiKey, { lastName: 'Twice', emailAddress: 'twice@example.com' });
    const b = await post(noMerge.apiKey, { lastName: 'Twice', emailAddress: 'twice@example.com' });
    expect(a.body.id).not.toBe(b.body.id);
  });
});

describe('rate limits', () => {
  it(`answers 429 with Retry-After past ${LEAD_CAPTURE_LIMITS.perClientPerKey.points} posts a minute from one client`, async () => {
    const k = await makeKey();
    for (let i = 0; i < LEAD_CAPTURE_LIMITS.perClientPerKey.points; i++) {
      // Honeypot posts count too, and keep this test from creating hundreds of leads.
      const r = await form(k.apiKey, { lastName: 'Spam', [HONEYPOT_FIELD]: 'x' });
      expect(r.status).toBe(201);
    }
    const r = await post(k.apiKey, { lastName: 'One too many' });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('Retry-After'))).toBeGreaterThan(0);
    // Another key (another form) is counted apart.
    const other = await makeKey();
    expect((await post(other.apiKey, { lastName: 'Elsewhere' })).status).toBe(201);
  });
});

describe('CORS per key', () => {
  it('allows any origin when the key names none', async () => {
    const k = await makeKey();
    const pre = await t.call('OPTIONS', `/api/lead-capture/${k.apiKey}`, {
      headers: {
        Origin: 'https://anywhere.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'Content-Type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBe('https://anywhere.example');
    expect(pre.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/);
    const r = await post(k.apiKey, { lastName: 'Cors' }, { Origin: 'https://anywhere.example' });
    expect(r.status).toBe(201);
    expect(r.headers.get('Access-Control-Allow-Origin')).toBe('https://anywhere.example');
  });

  it('allows the listed origins only, preflight and post alike', async () => {
    const k = await makeKey({ allowedOrigins: ['https://www.example.com'] });
    const ok = await t.call('OPTIONS', `/api/lead-capture/${k.apiKey}`, {
      headers: { Origin: 'https://www.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('Access-Control-Allow-Origin')).toBe('https://www.example.com');
    const denied = await t.call('OPTIONS', `/api/lead-capture/${k.apiKey}`, {
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const post403 = await post(k.apiKey, { lastName: 'Evil' }, { Origin: 'https://evil.example' });
    expect(post403.status).toBe(403);
    expect(post403.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const good = await post(k.apiKey, { lastName: 'Good' }, { Origin: 'https://www.example.com' });
    expect(good.status).toBe(201);
    expect(good.headers.get('Access-Control-Allow-Origin')).toBe('https://www.example.com');
    // Errors are readable by the allowed page's script too.
    const invalid = await post(k.apiKey, { title: 'x' }, { Origin: 'https://www.example.com' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('Access-Control-Allow-Origin')).toBe('https://www.example.com');
  });
});
