import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../../server/domain/auth/login';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

const login = (email: string, password: string) =>
  t.call('POST', '/api/auth/login', { body: { email, password } });

describe('login', () => {
  it('answers a token and the user, never the password hash', async () => {
    const u = await t.user({ name: 'Lou Login', password: 'a long secret' });
    const r = await login(u.email.toUpperCase(), 'a long secret');
    expect(r.status).toBe(200);
    expect(typeof r.body.token).toBe('string');
    expect(r.body.user).toMatchObject({ id: u.id, name: 'Lou Login' });
    expect(r.body.user.passwordHash).toBeUndefined();
    expect(JSON.stringify(r.body)).not.toMatch(/argon2/);
    const me = await t.call('GET', '/api/auth/me', { token: r.body.token });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(u.id);
  });

  it('refuses a wrong password or an unknown account with the same 401', async () => {
    const u = await t.user({ password: 'right password' });
    const wrong = await login(u.email, 'wrong password');
    expect(wrong.status).toBe(401);
    const unknown = await login('nobody@example.com', 'whatever1');
    expect(unknown.status).toBe(401);
    expect(unknown.body.message).toBe(wrong.body.message);
    expect((await login('', '')).status).toBe(400);
  });

  it(`throttles an account after ${LOGIN_LIMITS.perAccount} failures, even with the right password`, async () => {
    const u = await t.user({ password: 'right password' });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      expect((await login(u.email, `wrong ${i}`)).status).toBe(401);
    }
    const r = await login(u.email, 'right password');
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(r.body.token).toBeUndefined();
    // Another account from the same client is not locked out by it.
    const other = await t.user({ password: 'right password' });
    expect((await login(other.email, 'right password')).status).toBe(200);
  });

  it('refuses an inactive user', async () => {
    const u = await t.user({ password: 'right password' });
    const off = await t.call('PUT', `/api/users/${u.id}`, {
      token: admin.token,
      body: { isActive: false },
    });
    expect(off.status).toBe(200);
    expect((await login(u.email, 'right password')).status).toBe(401);
  });
});

describe('tokens', () => {
  it('logout revokes the token', async () => {
    const u = await t.user();
    expect((await t.call('GET', '/api/auth/me', { token: u.token })).status).toBe(200);
    expect((await t.call('POST', '/api/auth/logout', { token: u.token })).status).toBe(200);
    expect((await t.call('GET', '/api/auth/me', { token: u.token })).status).toBe(401);
    expect((await t.call('GET', '/api/users', { token: u.token })).status).toBe(401);
  });

  it('rejects an expired token', async () => {
    const u = await t.user();
    t.clock.advance(23 * 3_600_000);
    expect((await t.call('GET', '/api/auth/me', { token: u.token })).status).toBe(200);
    t.clock.advance(2 * 3_600_000);
    const r = await t.call('GET', '/api/auth/me', { token: u.token });
    expect(r.status).toBe(401);
    expect(r.body.message).toBeTruthy();
    // Every earlier token is expired now too, the admin's included.
    admin = await t.user({ isAdmin: true });
  });

  it('deactivating a user revokes their tokens at once', async () => {
    const u = await t.user();
    const off = await t.call('PUT', `/api/users/${u.id}`, {
      token: admin.token,
      body: { isActive: false },
    });
    expect(off.body.isActive).toBe(false);
    await t.call('PUT', `/api/users/${u.id}`, { token: admin.token, body: { isActive: true } });
    // Reactivated, but the old session stays dead: they must log in again.
    expect((await t.call('GET', '/api/auth/me', { token: u.token })).status).toBe(401);
  });
});

describe('/api/auth/me', () => {
  it('merges the user’s own roles with its teams’ to the most permissive', async () => {
    const team = await t.team('Support', {
      permissions: {
        Lead: { create: 'no', read: 'team', edit: 'all', delete: 'no', stream: 'team' },
        Account: { create: 'yes', read: 'all', edit: 'own', delete: 'no', stream: 'all' },
      },
    });
    const u = await t.user({
      teamIds: [team],
      permissions: {
        Lead: { create: 'yes', read: 'own', edit: 'own', delete: 'own', stream: 'no' },
      },
    });
    const r = await t.call('GET', '/api/auth/me', { token: u.token });
    expect(r.status).toBe(200);
    expect(r.body.user.passwordHash).toBeUndefined();
    expect(r.body.user.teamsIds).toEqual([team]);
    expect(r.body.permissions.isAdmin).toBe(false);
    expect(r.body.permissions.entities.Lead).toEqual({
      create: 'yes',
      read: 'team',
      edit: 'all',
      delete: 'own',
      stream: 'team',
    });
    expect(r.body.permissions.entities.Account).toMatchObject({ create: 'yes', read: 'all' });
    // Not mentioned by any role: no access.
    expect(r.body.permissions.entities.Contact).toEqual({
      create: 'no',
      read: 'no',
      edit: 'no',
      delete: 'no',
      stream: 'no',
    });
  });

  it('needs a token', async () => {
    expect((await t.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await t.call('POST', '/api/auth/logout')).status).toBe(401);
  });
});
