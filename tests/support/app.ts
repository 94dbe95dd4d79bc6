import pino from 'pino';
import type { Database } from '../../db/client';
import { roles, teamRoles, teams, teamUsers, userRoles, users } from '../../db/schema';
import type { Permissions } from '../../db/schema/users';
import { hashPassword } from '../../server/domain/auth/passwords';
import type { Clock, Services } from '../../server/domain/context';
import { configureSecretKey } from '../../server/domain/keys';
import { createApp } from '../../server/http/app';
import { createTestDatabase } from './db';

/** A settable clock, so tests can move time. */
export class TestClock implements Clock {
  constructor(public t = new Date('2026-11-27T10:00:00Z')) {}
  now() {
    return new Date(this.t);
  }
  advance(ms: number) {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export interface TestApp {
  database: Database;
  services: Services;
  clock: TestClock;
  app: ReturnType<typeof createApp>;
  /** Calls the app in-process with JSON and an optional bearer token. */
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  /** Creates a user (optionally admin, with roles and teams) and returns its id and a token. */
  user(opts?: {
    name?: string;
    email?: string;
    isAdmin?: boolean;
    permissions?: Permissions;
    teamIds?: string[];
    password?: string;
  }): Promise<{ id: string; token: string; email: string }>;
  team(name: string, opts?: { permissions?: Permissions }): Promise<string>;
  close(): Promise<void>;
}

let seq = 0;

export interface TestAppOptions {
  /** Mounts `POST /slack/events` (tests/bot: a bot built on these services). */
  slackEvents?: (services: Services) => (request: Request) => Promise<Response>;
}

export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  configureSecretKey('test-secret-key-of-the-test-suite');
  const database = await createTestDatabase();
  const clock = new TestClock();
  const services: Services = { db: database.db, kind: database.kind, clock };
  const app = createApp(services, {
    log: pino({ level: 'silent' }),
    tokenTtlHours: 24,
    slackEvents: opts.slackEvents?.(services),
  });

  const call: TestApp['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers['Content-Type'] ??= 'application/json';
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, body: parsed, headers: res.headers };
  };

  const user: TestApp['user'] = async (opts = {}) => {
    const n = ++seq;
    const email = opts.email ?? `user${n}-${Date.now()}@example.com`;
    const password = opts.password ?? 'correct horse battery';
    const [u] = await database.db
      .insert(users)
      .values({
        name: opts.name ?? `User ${n}`,
        emailAddress: email,
        passwordHash: await hashPassword(password),
        isAdmin: opts.isAdmin ?? false,
      })
      .returning();
    if (opts.permissions) {
      const [r] = await database.db
        .insert(roles)
        .values({ name: `Role ${n}`, permissions: opts.permissions })
        .returning();
      await database.db.insert(userRoles).values({ userId: u!.id, roleId: r!.id });
    }
    for (const teamId of opts.teamIds ?? []) {
      await database.db.insert(teamUsers).values({ teamId, userId: u!.id });
    }
    const login = await call('POST', '/api/auth/login', { body: { email, password } });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    return { id: u!.id, token: login.body.token, email };
  };

  const team: TestApp['team'] = async (name, opts = {}) => {
    const [t] = await database.db.insert(teams).values({ name }).returning();
    if (opts.permissions) {
      const [r] = await database.db
        .insert(roles)
        .values({ name: `${name} role`, permissions: opts.permissions })
        .returning();
      await database.db.insert(teamRoles).values({ teamId: t!.id, roleId: r!.id });
    }
    return t!.id;
  };

  return { database, services, clock, app, call, user, team, close: () => database.close() };
}
