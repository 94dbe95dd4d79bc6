import { Agent, get as httpGet } from 'node:http';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import pino from 'pino';
import postgres from 'postgres';
import { type Database, openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import * as schema from '../db/schema';
import { users } from '../db/schema';
import { loadActor } from '../server/domain/access/actor';
import { hashPassword } from '../server/domain/auth/passwords';
import { type Ctx, jobsOff, type Services, systemClock } from '../server/domain/context';
import { listLeads } from '../server/domain/leads/lead-queries';
import type { ListQuery } from '../server/domain/shared/list-query';
import { bootstrapAdmin } from '../server/domain/users/bootstrap-admin';
import { createApp } from '../server/http/app';
import { BENCH_DATABASE_URL, ensureDatabase, recreateDatabase } from './support/database';
import { ms, summarize, timed } from './support/stats';
import type { Benchmark } from './types';

const ROWS = 1_000_000;
const ADMIN_EMAIL = 'bench-admin@example.com';
const ADMIN_PASSWORD = 'bench-admin-password';
const GOAL = { p95: 25, ratio: 1.3 };

/**
 * One INSERT … SELECT over generate_series: 1,000,000 leads with a skewed spread of statuses and
 * sources, names from small pools, created over two years, 85 % assigned to one of 20 reps.
 * setseed() makes the data the same on every machine.
 */
const SEED_SQL = `
insert into leads (number, first_name, last_name, account_name, email_address, phone_number,
  status, source, industry, opportunity_amount, opportunity_amount_currency,
  assigned_user_id, created_by_id, modified_by_id, created_at, modified_at, stream_updated_at)
select i, f, l, co,
  lower(f || '.' || l || i || '@' || replace(co, ' ', '') || '.com'),
  '+1 555 ' || lpad((i % 10000000)::text, 7, '0'),
  st, src, ind, amt, case when amt is not null then 'EUR' end,
  au, au, au, ca, ca, ca
from (
  select i,
    (array['James','Mary','John','Patricia','Robert','Jennifer','Michael','Linda','William',
      'Elizabeth','David','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Charles',
      'Karen','Anna','Lucas','Emma','Noah','Olivia','Liam','Sofia','Mateo','Chloe','Hugo'])
      [1 + floor(random() * 30)::int] f,
    (array['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez',
      'Martinez','Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore',
      'Jackson','Martin','Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez',
      'Lewis','Robinson','Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill',
      'Flores'])[1 + floor(random() * 40)::int] l,
    (array['Acme','Globex','Initech','Umbrella','Hooli','Stark Industries','Wayne Enterprises',
      'Wonka','Cyberdyne','Soylent','Tyrell','Vandelay','Pied Piper','Aperture','Black Mesa'])
      [1 + floor(random() * 15)::int] || ' ' || (i % 997) co,
    case when r1 < 0.30 then 'New' when r1 < 0.45 then 'Assigned' when r1 < 0.65 then 'In Process'
      when r1 < 0.75 then 'Converted' when r1 < 0.85 then 'Recycled' else 'Dead' end st,
    case when r2 < 0.25 then 'Web Site' when r2 < 0.40 then 'Email' when r2 < 0.55 then 'Call'
      when r2 < 0.70 then 'Campaign' when r2 < 0.80 then 'Partner'
      when r2 < 0.88 then 'Existing Customer' when r2 < 0.93 then 'Public Relations'
      when r2 < 0.97 then 'Other' end src,
    (array['Technology','Finance','Retail','Healthcare','Manufacturing','Education','Energy',
      'Media'])[1 + floor(random() * 8)::int] ind,
    case when random() < 0.6 then round((random() * 100000)::numeric, 2) end amt,
    case when random() < 0.85 then
      (select array_agg(id order by email_address) from users
        where email_address like 'bench-rep-%')[1 + floor(random() * 20)::int]
    end au,
    now() - random() * interval '730 days' ca
  from (select i, random() r1, random() r2 from generate_series(1, ${ROWS}) i) s
) x`;

interface Statement {
  text: string;
  params: unknown[];
}

interface Scenario {
  label: string;
  sort: [string, 'ASC' | 'DESC'];
  filter: Record<string, unknown>;
  /** The pages requested in turn ("vary the page a little"). */
  ranges: [number, number][];
  warmup: number;
  iterations: number;
  /** Stops early (and says so) past this many seconds, so a slow plan cannot stall the run. */
  budgetSeconds: number;
  goal?: boolean;
}

const PAGES: [number, number][] = [
  [0, 24],
  [25, 49],
  [50, 74],
  [75, 99],
  [100, 124],
];

export const leadsList: Benchmark = {
  name: 'leads-list',
  async run() {
    const url = BENCH_DATABASE_URL;
    await ensureDatabase(url);
    const database = await openDatabase({ databaseUrl: url, dataDir: '', max: 10 });
    const sql = database.sql as postgres.Sql;
    const bare = postgres(url, { max: 10, onnotice: () => {} });
    const capture = postgres(url, { max: 2, onnotice: () => {} });
    let server: ReturnType<typeof serve> | undefined;
    try {
      await migrateBenchDatabase(database, url);
      const services: Services = { db: database.db, kind: database.kind, clock: systemClock };

      // Users: the admin we log in as, and 20 reps the leads are assigned to.
      const adminId = await ensureAdmin(services);
      await sql`
        insert into users (name, email_address, is_admin)
        select 'Bench Rep ' || g, 'bench-rep-' || g || '@example.com', false
        from generate_series(1, 20) g
        on conflict do nothing`;
      const [rep] = await sql<{ id: string }[]>`
        select id from users where email_address = 'bench-rep-7@example.com'`;
      await seedLeads(sql, url);

      // The real server on a random port.
      const app = createApp(services, { log: pino({ level: 'silent' }), tokenTtlHours: 24 });
      const port = await new Promise<number>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
          resolve(info.port),
        );
      });
      const base = `http://127.0.0.1:${port}`;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
      });
      if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
      const { token } = (await login.json()) as { token: string };

      // The SQL exactly as the domain produces it, captured through drizzle's logger.
      const actor = await loadActor(database.db, adminId);
      if (!actor) throw new Error('bench admin is not active');
      let captured: Statement[] = [];
      const captureDb = drizzle(capture, {
        schema,
        logger: { logQuery: (text, params) => captured.push({ text, params }) },
      });
      const captureCtx: Ctx = {
        db: captureDb as unknown as Ctx['db'],
        actor,
        jobs: jobsOff,
        clock: systemClock,
      };
      const statementsFor = async (query: ListQuery) => {
        captured = [];
        await listLeads(captureCtx, query);
        if (captured.length !== 2) throw new Error(`expected 2 statements, got ${captured.length}`);
        return captured;
      };

      const scenarios: Scenario[] = [
        {
          label: 'status=New, source=Web Site, sort createdAt DESC, 25 rows',
          sort: ['createdAt', 'DESC'],
          filter: { status: 'New', source: 'Web Site' },
          ranges: PAGES,
          warmup: 50,
          iterations: 300,
          budgetSeconds: 60,
          goal: true,
        },
        {
          label: 'assignedUserId=<rep>, sort createdAt DESC, 25 rows',
          sort: ['createdAt', 'DESC'],
          filter: { assignedUserId: rep?.id },
          ranges: PAGES,
          warmup: 20,
          iterations: 100,
          budgetSeconds: 30,
        },
        {
          label: 'no filter, sort createdAt DESC, 25 rows (count over 1M)',
          sort: ['createdAt', 'DESC'],
          filter: {},
          ranges: PAGES,
          warmup: 5,
          iterations: 30,
          budgetSeconds: 30,
        },
        {
          label: 'q="smith", sort createdAt DESC, 25 rows',
          sort: ['createdAt', 'DESC'],
          filter: { q: 'smith' },
          ranges: PAGES,
          warmup: 2,
          iterations: 10,
          budgetSeconds: 30,
        },
      ];

      for (const s of scenarios) {
        const statements: Statement[][] = [];
        for (const range of s.ranges) {
          statements.push(await statementsFor({ sort: s.sort, range, filter: s.filter }));
        }
        if (s.goal) {
          console.log('SQL (as drizzle sends it):');
          for (const st of statements[2] ?? []) {
            console.log(`  ${st.text}\n    params ${JSON.stringify(st.params)}`);
          }
        }
        await measure(s, statements, base, token, bare);
      }
    } finally {
      agent.destroy();
      server?.close();
      await Promise.all([bare.end(), capture.end(), database.close()]);
    }
  },
};

/**
 * Migrates the bench database. The project regenerates its one init migration while unreleased;
 * a bench database migrated by an older init then fails to migrate: it is only a bench database,
 * so start it over (the seed takes under a minute).
 */
async function migrateBenchDatabase(database: Database, url: string) {
  try {
    await migrateDatabase(database);
  } catch (err) {
    if (!/bench/i.test(new URL(url).pathname)) throw err;
    console.log(`Migration failed (${(err as Error).message}); recreating the bench database.`);
    await recreateDatabase(url);
    await migrateDatabase(database);
  }
}

async function ensureAdmin(services: Services): Promise<string> {
  const find = async () =>
    (
      await services.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.emailAddress, ADMIN_EMAIL))
    )[0]?.id;
  const existing = await find();
  if (existing) return existing;
  const made = await bootstrapAdmin(services, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  if (!made.created) {
    // Other users exist already (e.g. a database seeded by hand): add ours directly.
    await services.db.insert(users).values({
      name: 'Bench Admin',
      emailAddress: ADMIN_EMAIL,
      passwordHash: await hashPassword(ADMIN_PASSWORD),
      isAdmin: true,
    });
  }
  const id = await find();
  if (!id) throw new Error('could not create the bench admin');
  return id;
}

async function seedLeads(sql: postgres.Sql, url: string) {
  const [{ n } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from leads`;
  if (n === ROWS) {
    console.log(`Seed: skipped, leads already holds ${ROWS.toLocaleString('en')} rows.`);
  } else {
    if (n > 0) {
      if (!/bench/i.test(new URL(url).pathname)) {
        throw new Error(`leads holds ${n} rows and this is not a bench database: not touching it.`);
      }
      await sql`truncate leads`;
    }
    const conn = await sql.reserve();
    try {
      await conn`select setseed(0.42)`;
      const took = await timed(() => conn.unsafe(SEED_SQL));
      await conn`select setval('lead_number_seq', ${ROWS})`;
      console.log(
        `Seed: ${ROWS.toLocaleString('en')} leads in ${(took / 1000).toFixed(1)} s (one INSERT … SELECT).`,
      );
    } finally {
      conn.release();
    }
  }
  const took = await timed(() => sql`vacuum analyze leads`);
  console.log(`VACUUM ANALYZE leads: ${(took / 1000).toFixed(1)} s`);
}

/**
 * A plain keep-alive HTTP GET (node:http). Lighter than fetch() (undici), whose own cost would
 * otherwise be counted against the server: client and server share this process.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
function get(url: string, token: string) {
  return new Promise<{ status: number; body: string; contentRange: string }>((resolve, reject) => {
    const req = httpGet(url, { agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          contentRange: String(res.headers['content-range'] ?? ''),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function measure(
  s: Scenario,
  statements: Statement[][],
  base: string,
  token: string,
  bare: postgres.Sql,
) {
  const ours: number[] = [];
  const baseline: number[] = [];
  let contentRange = '';
  let count = -1;

  const http = async (range: [number, number]) => {
    const qs = new URLSearchParams({
      sort: JSON.stringify(s.sort),
      range: JSON.stringify(range),
      filter: JSON.stringify(s.filter),
    });
    const res = await get(`${base}/api/leads?${qs}`, token);
    if (res.status !== 200) throw new Error(`GET /api/leads: ${res.status} ${res.body}`);
    contentRange = res.contentRange;
  };
  // The domain runs the page and the count side by side; so does the baseline.
  const direct = async (pair: Statement[]) => {
    const results = await Promise.all(
      pair.map((st) =>
        bare.unsafe(st.text, st.params as postgres.ParameterOrJSON<never>[]).values(),
      ),
    );
    count = Number(results[1]?.[0]?.[0] ?? -1);
  };

  const deadline = performance.now() + s.budgetSeconds * 1000;
  for (let i = 0; i < s.warmup + s.iterations && performance.now() < deadline; i++) {
    const k = i % s.ranges.length;
    const range = s.ranges[k] as [number, number];
    const pair = statements[k] as Statement[];
    // Alternate which goes first so neither always runs on the warmer cache.
    let a: number;
    let b: number;
    if (i % 2 === 0) {
      a = await timed(() => http(range));
      b = await timed(() => direct(pair));
    } else {
      b = await timed(() => direct(pair));
      a = await timed(() => http(range));
    }
    if (i >= s.warmup) {
      ours.push(a);
      baseline.push(b);
    }
  }

  const o = summarize(ours);
  const b = summarize(baseline);
  const total = Number(contentRange.split('/').pop());
  console.log(`\n${s.label}${s.goal ? '  [goal]' : '  [informational]'}`);
  const cut =
    ours.length < s.iterations ? ` (of ${s.iterations}: ${s.budgetSeconds} s budget spent)` : '';
  console.log(`  iterations      ${ours.length}${cut} after ${s.warmup} warm-up, sequential`);
  if (!ours.length) return;
  console.log(`  ours (HTTP)     p50 ${ms(o.p50)}  p95 ${ms(o.p95)}  max ${ms(o.max)}`);
  console.log(`  baseline (SQL)  p50 ${ms(b.p50)}  p95 ${ms(b.p95)}  max ${ms(b.max)}`);
  console.log(
    `  ratio           p50 ${(o.p50 / b.p50).toFixed(2)}  p95 ${(o.p95 / b.p95).toFixed(2)}`,
  );
  console.log(
    `  Content-Range   ${contentRange}  (count(*) = ${count}: ${total === count ? 'exact' : 'MISMATCH'})`,
  );
  if (s.goal) {
    const ratio = o.p95 / b.p95;
    console.log(
      `  goal            p95 < ${GOAL.p95} ms: ${o.p95 < GOAL.p95 ? 'met' : 'MISSED'}; ` +
        `ratio < ${GOAL.ratio}: ${ratio < GOAL.ratio && o.p50 / b.p50 < GOAL.ratio ? 'met' : 'MISSED'}`,
    );
  }
}
