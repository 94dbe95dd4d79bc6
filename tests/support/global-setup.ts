import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import postgres from 'postgres';
import { openDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A template database named after the migrations' content: test files clone it in milliseconds. */
export function templateName(): string {
  const dir = new URL('../../db/migrations/', import.meta.url);
  const h = createHash('sha1');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    h.update(readFileSync(new URL(f, dir)));
  }
  return `crm_tpl_${h.digest('hex').slice(0, 12)}`;
}

export function urlFor(database: string): string {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function setup() {
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  const name = templateName();
  try {
    await admin`select pg_advisory_lock(4242)`;
    const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
    if (!exists) {
      await admin.unsafe(`create database ${name}`);
      const db = await openDatabase({ databaseUrl: urlFor(name), dataDir: '', max: 2 });
      await migrateDatabase(db);
      await db.close();
    }
    // Leftovers of interrupted runs.
    const old = await admin`select datname from pg_database where datname like 'crm_t\\_%'`;
    for (const { datname } of old) {
      const pid = Number(/^crm_t_(\d+)_/.exec(datname)?.[1]);
      if (pid && isAlive(pid)) continue; // another run in progress owns it
      await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await admin`select pg_advisory_unlock(4242)`;
    await admin.end();
  }
}
