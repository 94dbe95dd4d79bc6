import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follows } from '../../db/schema';
import { resolveSlackActor } from '../../server/domain/users/slack-identity';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

const q = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&');

describe('users: admin CRUD', () => {
  it('creates, reads, updates and deletes a user, never exposing the hash', async () => {
    const team = await t.team('Sales');
    const c = await t.call('POST', '/api/users', {
      token: admin.token,
      body: {
        name: 'Nina New',
        emailAddress: 'Nina@Example.com',
        password: 'nina password',
        locale: 'fr',
        teamsIds: [team],
        autoFollowEntityTypes: ['Lead'],
      },
    });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({
      name: 'Nina New',
      emailAddress: 'nina@example.com',
      isAdmin: false,
      isActive: true,
      locale: 'fr',
      teamsIds: [team],
      rolesIds: [],
      autoFollowEntityTypes: ['Lead'],
    });
    expect(c.body.passwordHash).toBeUndefined();
    expect(c.body.password).toBeUndefined();
    const login = await t.call('POST', '/api/auth/login', {
      body: { email: 'nina@example.com', password: 'nina password' },
    });
    expect(login.status).toBe(200);

    const u = await t.call('PUT', `/api/users/${c.body.id}`, {
      token: admin.token,
      body: { ...c.body, name: 'Nina Renamed', slackUserId: 'U123', teamsIds: [] },
    });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ name: 'Nina Renamed', slackUserId: 'U123', teamsIds: [] });

    const list = await t.call('GET', `/api/users?${q({ filter: { q: 'renamed' } })}`, {
      token: admin.token,
    });
    expect(list.body.map((x: { id: string }) => x.id)).toEqual([c.body.id]);
    expect(list.body[0].passwordHash).toBeUndefined();

    const d = await t.call('DELETE', `/api/users/${c.body.id}`, { token: admin.token });
    expect(d.status).toBe(200);
    expect(d.body.id).toBe(c.body.id);
    expect((await t.call('GET', `/api/users/${c.body.id}`, { token: admin.token })).status).toBe(
      404,
    );
  });

  it('validates fields, the password length included', async () => {
    const r = await t.call('POST', '/api/users', {
      token: admin.token,
      body: { emailAddress: 'not-an-email', password: 'short', locale: 'de' },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual([
      'emailAddress',
      'locale',
      'name',
      'password',
    ]);
    expect(r.body.errors.password).toMatch(/8/);
  });

  it('refuses an e-mail address already used, whatever its case', async () => {
    const a = await t.user({ email: 'taken@example.com' });
    const dup = await t.call('POST', '/api/users', {
      token: admin.token,
      body: { name: 'Copy', emailAddress: 'TAKEN@example.com' },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.errors).toEqual({ emailAddress: 'Already used by another user.' });
    const other = await t.user();
    const change = await t.call('PUT', `/api/users/${other.id}`, {
      token: admin.token,
      body: { emailAddress: 'Taken@Example.com' },
    });
    expect(change.status).toBe(400);
    expect(change.body.errors.emailAddress).toBe('Already used by another user.');
    // Re-saving one's own address is no conflict.
    const same = await t.call('PUT', `/api/users/${a.id}`, {
      token: admin.token,
      body: { emailAddress: 'taken@example.com', name: 'Still Me' },
    });
    expect(same.status).toBe(200);
  });

  it('filters by team membership, activity and ids', async () => {
    const team = await t.team('Filter team');
    const inTeam = await t.user({ name: 'Member One', teamIds: [team] });
    const outside = await t.user({ name: 'Outsider' });
    const r = await t.call('GET', `/api/users?${q({ filter: { teamsIds: [team] } })}`, {
      token: admin.token,
    });
    expect(r.status).toBe(200);
    expect(r.body.map((x: { id: string }) => x.id)).toEqual([inTeam.id]);
    expect(r.headers.get('Content-Range')).toBe('users 0-0/1');
    const single = await t.call('GET', `/api/users?${q({ filter: { teamsIds: team } })}`, {
      token: admin.token,
    });
    expect(single.body).toHaveLength(1);
    const many = await t.call(
      'GET',
      `/api/users?${q({ filter: { id: [inTeam.id, outside.id] }, sort: ['name', 'ASC'] })}`,
      { token: admin.token },
    );
    expect(many.body.map((x: { name: string }) => x.name)).toEqual(['Member One', 'Outsider']);
    const admins = await t.call('GET', `/api/users?${q({ filter: { isAdmin: true } })}`, {
      token: admin.token,
    });
    expect(admins.body.every((x: { isAdmin: boolean }) => x.isAdmin)).toBe(true);
    const bad = await t.call('GET', `/api/users?${q({ filter: { passwordHash: 'x' } })}`, {
      token: admin.token,
    });
    expect(bad.status).toBe(400);
  });
});

describe('users: what non-admins may do', () => {
  it('any user may read users, but not write them', async () => {
    const rep = await t.user({ name: 'Rita Rep' });
    const other = await t.user({ name: 'Olga Other' });
    expect((await t.call('GET', '/api/users', { token: rep.token })).status).toBe(200);
    expect((await t.call('GET', `/api/users/${other.id}`, { token: rep.token })).status).toBe(200);
    const create = await t.call('POST', '/api/users', {
      token: rep.token,
      body: { name: 'Sneaky', emailAddress: 'sneaky@example.com' },
    });
    expect(create.status).toBe(403);
    const edit = await t.call('PUT', `/api/users/${other.id}`, {
      token: rep.token,
      body: { name: 'Hacked' },
    });
    expect(edit.status).toBe(403);
    expect((await t.call('DELETE', `/api/users/${other.id}`, { token: rep.token })).status).toBe(
      403,
    );
  });

  it('a user edits their own name, password, language and auto-follow only', async () => {
    const me = await t.user({ name: 'Self Editor', password: 'old password' });
    const mine = await t.call('GET', `/api/users/${me.id}`, { token: me.token });
    // The whole record is sent back, as react-admin does: unchanged fields are no problem.
    const r = await t.call('PUT', `/api/users/${me.id}`, {
      token: me.token,
      body: {
        ...mine.body,
        name: 'Self Edited',
        password: 'new password',
        locale: 'fr',
        autoFollowEntityTypes: ['Opportunity', 'Lead'],
      },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      name: 'Self Edited',
      locale: 'fr',
      autoFollowEntityTypes: ['Lead', 'Opportunity'],
    });
    const login = (password: string) =>
      t.call('POST', '/api/auth/login', { body: { email: me.email, password } });
    expect((await login('new password')).status).toBe(200);
    expect((await login('old password')).status).toBe(401);

    const team = await t.team('Not mine to join');
    for (const body of [
      { isAdmin: true },
      { emailAddress: 'new@example.com' },
      { teamsIds: [team] },
      { isActive: false },
    ]) {
      const refused = await t.call('PUT', `/api/users/${me.id}`, { token: me.token, body });
      expect(refused.status).toBe(403);
    }
    const after = await t.call('GET', `/api/users/${me.id}`, { token: me.token });
    expect(after.body).toMatchObject({ isAdmin: false, emailAddress: me.email });
  });

  it('a new lead is auto-followed by users who asked for it', async () => {
    const follower = await t.user();
    await t.call('PUT', `/api/users/${follower.id}`, {
      token: follower.token,
      body: { autoFollowEntityTypes: ['Lead'] },
    });
    const lead = await t.call('POST', '/api/leads', {
      token: admin.token,
      body: { lastName: 'Followed' },
    });
    expect(lead.status).toBe(201);
    const rows = await t.database.db
      .select()
      .from(follows)
      .where(and(eq(follows.userId, follower.id), eq(follows.entityId, lead.body.id)));
    expect(rows).toHaveLength(1);
    const bad = await t.call('PUT', `/api/users/${follower.id}`, {
      token: follower.token,
      body: { autoFollowEntityTypes: ['Spaceship'] },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)[0]).toMatch(/^autoFollowEntityTypes/);
  });
});

describe('users: the last active admin', () => {
  it('cannot be deactivated, demoted or deleted; another admin makes it possible', async () => {
    // Make the test admin the only active admin.
    const all = await t.call('GET', `/api/users?${q({ filter: { isAdmin: true } })}`, {
      token: admin.token,
    });
    for (const u of all.body as { id: string }[]) {
      if (u.id !== admin.id) {
        await t.call('PUT', `/api/users/${u.id}`, { token: admin.token, body: { isAdmin: false } });
      }
    }
    for (const body of [{ isActive: false }, { isAdmin: false }]) {
      const r = await t.call('PUT', `/api/users/${admin.id}`, { token: admin.token, body });
      expect(r.status).toBe(409);
      expect(r.body.message).toMatch(/last active administrator/);
    }
    expect((await t.call('DELETE', `/api/users/${admin.id}`, { token: admin.token })).status).toBe(
      409,
    );

    const second = await t.user({ isAdmin: true });
    const demote = await t.call('PUT', `/api/users/${admin.id}`, {
      token: second.token,
      body: { isAdmin: false },
    });
    expect(demote.status).toBe(200);
    expect(demote.body.isAdmin).toBe(false);
    // Now `second` is the last one.
    expect(
      (await t.call('DELETE', `/api/users/${second.id}`, { token: second.token })).status,
    ).toBe(409);
    admin = second;
  });
});

describe('Slack identity (domain helper for the bot)', () => {
  it('links a Slack member by e-mail on first use, then by Slack id', async () => {
    const u = await t.user({ email: 'slacker@example.com' });
    const first = await resolveSlackActor(t.services, {
      slackUserId: 'U0SLACK',
      email: 'Slacker@Example.com',
    });
    expect(first?.id).toBe(u.id);
    const again = await resolveSlackActor(t.services, { slackUserId: 'U0SLACK' });
    expect(again?.id).toBe(u.id);
    // Already linked: another Slack member with the same e-mail does not take it over.
    const other = await resolveSlackActor(t.services, {
      slackUserId: 'U0OTHER',
      email: 'slacker@example.com',
    });
    expect(other).toBeNull();
    const dup = await t.call('POST', '/api/users', {
      token: admin.token,
      body: { name: 'Dup', emailAddress: 'dup-slack@example.com', slackUserId: 'U0SLACK' },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.errors.slackUserId).toBe('Already linked to another user.');
  });
});
