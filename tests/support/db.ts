import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Database, openDatabase } from '../../db/client';
import { TEST_DATABASE_URL, templateName, urlFor } from './global-setup';

/** A fresh, migrated PostgreSQL database of its own for one test file (cloned from the template). */
export async function createTestDatabase(): Promise<Database & { url: string }> {
  // The creating process's pid is in the name: global setup drops only databases of dead runs.
  const name = `crm_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${templateName()}`);
  await admin.end();
  const url = urlFor(name);
  const db = await openDatabase({ databaseUrl: url, dataDir: '', max: 5 });
  return {
    ...db,
    url,
    close: async () => {
      await db.close();
      const a = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
