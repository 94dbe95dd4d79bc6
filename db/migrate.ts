import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Database } from './client';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Any constant: processes starting together take turns instead of racing the same migration. */
const MIGRATION_LOCK = 7_201_944;
/** Extensions the schema's indexes need (drizzle-kit does not emit CREATE EXTENSION). */
const EXTENSIONS = 'create extension if not exists pg_trgm;';

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await database.pglite?.exec(EXTENSIONS);
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's pglite migrator wants its own db type
    await migratePglite(database.db as any, { migrationsFolder });
    return;
  }
  const sql = database.sql;
  if (!sql) throw new Error('postgres client missing');
  const lock = await sql.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await lock.unsafe(EXTENSIONS);
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's postgres-js migrator wants its own db type
    await migratePostgres(database.db as any, { migrationsFolder });
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    lock.release();
  }
}
