import { serve } from '@hono/node-server';
import pino from 'pino';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { loadConfig } from './config';
import { type Services, systemClock } from './domain/context';
import { bootstrapAdmin } from './domain/users/bootstrap-admin';
import { createApp } from './http/app';

/** Process entry: config → database → HTTP (later: jobs, Slack, mail listeners). */
export async function start() {
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL, redact: ['password', '*.password', 'token'] });
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  await migrateDatabase(database);
  const services: Services = { db: database.db, kind: database.kind, clock: systemClock };

  const admin = await bootstrapAdmin(services, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
  });
  const app = createApp(services, { log, tokenTtlHours: config.TOKEN_TTL_HOURS });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${info.port}`;
    log.info({ database: database.kind, url }, 'CRM listening');
    console.log(`\n  CRM ready: ${url}/admin/  (database: ${database.kind})`);
    if (admin.created) {
      console.log(`  First start: log in as ${admin.email}`);
      if (admin.generatedPassword) {
        console.log(`  Generated password (shown once): ${admin.generatedPassword}\n`);
      }
    }
  });

  const stop = async () => {
    server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, server, database };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  start().catch((err) => {
    console.error(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
