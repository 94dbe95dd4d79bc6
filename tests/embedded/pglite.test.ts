import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { TEST_DATABASE_URL, urlFor } from '../support/global-setup';

/**
 * The real process (`node --import tsx server/main.ts`) on the embedded PGlite database: first
 * start, restart on the same DATA_DIR, the admin bootstrap, money on PGlite; and /health on
 * PostgreSQL for comparison.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'server/main.ts');
const START_TIMEOUT = 60_000;
const MIGRATIONS = (
  JSON.parse(readFileSync(join(ROOT, 'db/migrations/meta/_journal.json'), 'utf8')) as {
    entries: unknown[];
  }
).entries.length;

interface Proc {
  child: ChildProcess;
  port: number;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();
const tempDirs: string[] = [];
const databases: string[] = [];

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  if (databases.length) {
    const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
    for (const name of databases) {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
    }
    await admin.end();
  }
}, 60_000);

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-embedded-'));
  tempDirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Spawns the server with a clean environment (no DATABASE_URL, no ADMIN_* unless given). */
async function startServer(env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'PUBLIC_URL', 'SECRET_KEY']) {
    delete childEnv[k];
  }
  Object.assign(childEnv, { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' }, env);
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
  });
  const proc: Proc = { child, port, base: `http://127.0.0.1:${port}`, output: () => out, exited };
  await waitForHealth(proc);
  return proc;
}

/** Polls /health until it answers 200, failing early (with the output) if the process dies. */
async function waitForHealth(proc: Proc): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT;
  let dead = false;
  void proc.exited.then(() => {
    dead = true;
  });
  while (Date.now() < deadline) {
    if (dead) throw new Error(`server exited during start:\n${proc.output()}`);
    try {
      const res = await fetch(`${proc.base}/health`);
      if (res.status === 200) return;
    } catch {}
    await sleep(150);
  }
  throw new Error(`server not healthy after ${START_TIMEOUT} ms:\n${proc.output()}`);
}

/** Waits until the process has printed its start banner (printed when it starts listening). */
async function waitForOutput(proc: Proc, pattern: RegExp): Promise<RegExpMatchArray> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const m = proc.output().match(pattern);
    if (m) return m;
    await sleep(50);
  }
  throw new Error(`output never matched ${pattern}:\n${proc.output()}`);
}

async function stopServer(proc: Proc): Promise<number | null> {
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 15_000);
  try {
    return await proc.exited;
  } finally {
    clearTimeout(timer);
  }
}

async function call(
  proc: Proc,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${proc.base}${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {}
  return { status: res.status, body, headers: res.headers };
}

async function login(proc: Proc, email: string, password: string): Promise<string> {
  const r = await call(proc, 'POST', '/api/auth/login', { body: { email, password } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.token as string;
}

/** Opens the (stopped) server's PGlite directory and runs one query. */
async function queryDataDir<T>(dataDir: string, query: string): Promise<T[]> {
  const database = await openDatabase({ dataDir });
  try {
    const r = await database.pglite!.query<T>(query);
    return r.rows;
  } finally {
    await database.close();
  }
}

const GENERATED = /Generated password \(shown once\): (\S+)/;

describe('embedded PGlite, real processes', () => {
  it('keeps data across a restart, re-runs migrations harmlessly and makes one admin', async () => {
    const dataDir = tempDir();
    const admin = { ADMIN_EMAIL: 'owner@example.com', ADMIN_PASSWORD: 'owner-password-1' };

    const first = await startServer({
      DATA_DIR: dataDir,
      INBOUND_EMAIL_TOKEN: 'embedded-inbound-token',
      ...admin,
    });
    const health = await call(first, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'pglite' });
    await waitForOutput(first, /CRM ready: .*\(database: pglite\)/);
    expect(first.output()).toContain('First start: log in as owner@example.com');
    expect(first.output()).not.toMatch(GENERATED);

    const token = await login(first, admin.ADMIN_EMAIL, admin.ADMIN_PASSWORD);
    const created = await call(first, 'POST', '/api/leads', {
      token,
      body: {
        firstName: 'Grace',
        lastName: 'Hopper',
        status: 'New',
        source: 'Web Site',
        opportunityAmount: '1250.50',
        opportunityAmountCurrency: 'EUR',
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.opportunityAmount).toBe('1250.50');
    // The largest numeric(18,2) has 16 integer digits: a float would round it.
    const big = await call(first, 'POST', '/api/leads', {
      token,
      body: { lastName: 'Big', opportunityAmount: '9999999999999999.99' },
    });
    expect(big.status, JSON.stringify(big.body)).toBe(201);
    expect(big.body.opportunityAmount).toBe('9999999999999999.99');
    const fetched = await call(first, 'GET', `/api/leads/${created.body.id}`, { token });
    expect(fetched.body.opportunityAmount).toBe('1250.50');
    const listed = await call(
      first,
      'GET',
      `/api/leads?sort=${encodeURIComponent('["createdAt","ASC"]')}&range=[0,9]`,
      { token },
    );
    expect(listed.status).toBe(200);
    expect(listed.headers.get('Content-Range')).toBe('leads 0-1/2');
    expect(listed.body.map((l: any) => l.opportunityAmount)).toEqual([
      '1250.50',
      '9999999999999999.99',
    ]);

    // E-mail to case on the embedded database: the webhook stores the message and opens a case.
    const mail = await fetch(`${first.base}/api/inbound/email`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer embedded-inbound-token',
        'Content-Type': 'message/rfc822',
      },
      body: [
        'From: Ada Customer <ada@customer.test>',
        'To: crm@127.0.0.1',
        'Subject: Invoice question',
        'Message-ID: <embedded-1@customer.test>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Why was I charged twice? Café ☕',
        '',
      ].join('\r\n'),
    });
    expect(mail.status, await mail.clone().text()).toBe(202);
    const secretKey = readFileSync(join(dataDir, 'secret-key'), 'utf8');

    expect(await stopServer(first)).toBe(0);

    // Same DATA_DIR, another ADMIN_EMAIL: the data is kept and no second admin appears.
    const second = await startServer({
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'someone-else@example.com',
      ADMIN_PASSWORD: 'other-password-1',
    });
    expect((await call(second, 'GET', '/health')).body).toEqual({
      status: 'ok',
      database: 'pglite',
    });
    await waitForOutput(second, /CRM ready: .*\(database: pglite\)/);
    expect(second.output()).not.toContain('First start');
    const again = await login(second, admin.ADMIN_EMAIL, admin.ADMIN_PASSWORD);
    const still = await call(second, 'GET', `/api/leads/${created.body.id}`, { token: again });
    expect(still.status).toBe(200);
    expect(still.body).toMatchObject({
      firstName: 'Grace',
      lastName: 'Hopper',
      opportunityAmount: '1250.50',
      number: created.body.number,
    });
    const kase = await call(second, 'GET', '/api/cases', { token: again });
    expect(kase.body).toEqual([
      expect.objectContaining({ number: '#1', name: 'Invoice question', status: 'New' }),
    ]);
    expect(kase.body[0].description).toContain('Café ☕');
    // The generated SECRET_KEY is kept in DATA_DIR: the same across restarts.
    expect(readFileSync(join(dataDir, 'secret-key'), 'utf8')).toBe(secretKey);
    const other = await call(second, 'POST', '/api/auth/login', {
      body: { email: 'someone-else@example.com', password: 'other-password-1' },
    });
    expect(other.status).toBe(401);
    expect(await stopServer(second)).toBe(0);

    const usersRows = await queryDataDir<{ email: string; admin: boolean }>(
      dataDir,
      'select email_address as email, is_admin as admin from users',
    );
    expect(usersRows).toEqual([{ email: 'owner@example.com', admin: true }]);
    const migrations = await queryDataDir<{ n: number }>(
      dataDir,
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(migrations[0]?.n).toBe(MIGRATIONS);
  }, 240_000);

  it('without ADMIN_PASSWORD prints a generated password once, and it works', async () => {
    const dataDir = tempDir();
    const first = await startServer({ DATA_DIR: dataDir });
    const [, password] = await waitForOutput(first, GENERATED);
    expect(first.output()).toContain('First start: log in as admin@example.com');
    expect(first.output().match(new RegExp(GENERATED.source, 'g'))).toHaveLength(1);
    await login(first, 'admin@example.com', password as string);
    expect(await stopServer(first)).toBe(0);

    const second = await startServer({ DATA_DIR: dataDir });
    await waitForOutput(second, /CRM ready: .*\(database: pglite\)/);
    expect(second.output()).not.toMatch(GENERATED);
    expect(second.output()).not.toContain('First start');
    await login(second, 'admin@example.com', password as string);
    expect(await stopServer(second)).toBe(0);
  }, 240_000);
});

describe('PostgreSQL, real process', () => {
  it('GET /health says "database":"postgres"', async () => {
    const name = `crm_e_${randomBytes(6).toString('hex')}`;
    const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    databases.push(name);
    const url = urlFor(name);
    const database = await openDatabase({ databaseUrl: url, dataDir: '', max: 2 });
    await migrateDatabase(database);
    await database.close();

    const proc = await startServer({
      DATA_DIR: tempDir(),
      DATABASE_URL: url,
      ADMIN_EMAIL: 'pg-owner@example.com',
      ADMIN_PASSWORD: 'pg-owner-password',
    });
    const health = await call(proc, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'postgres' });
    await login(proc, 'pg-owner@example.com', 'pg-owner-password');
    expect(await stopServer(proc)).toBe(0);
  }, 240_000);
});
