/** `npm run seed:demo`: a realistic team and pipeline, so a newcomer sees the charts. */
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { loadConfig } from '../server/config';
import { systemActor } from '../server/domain/access/actor';
import { systemClock, withActor } from '../server/domain/context';
import { seedDemo } from '../server/domain/demo/seed-demo';
import { bootstrapAdmin } from '../server/domain/users/bootstrap-admin';

async function main() {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  await migrateDatabase(database);
  const services = { db: database.db, kind: database.kind, clock: systemClock };
  const admin = await bootstrapAdmin(services, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
  });
  if (admin.created && admin.generatedPassword) {
    console.log(
      `Admin ${admin.email}, generated password (shown once): ${admin.generatedPassword}`,
    );
  }
  const r = await seedDemo(withActor(services, systemActor));
  console.log(
    r.seeded
      ? `Demo data added: ${r.deals} deals, ${r.leads} leads, 3 reps (password "demo-password").`
      : 'Deals already exist: demo data not added.',
  );
  await database.close();
}

main().catch((err) => {
  console.error(`Could not seed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
