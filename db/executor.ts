import type { PGlite, Transaction } from '@electric-sql/pglite';
import type postgres from 'postgres';
import type { Db } from './client';

/** The raw-SQL interface pg-boss's `db` option expects. */
export interface SqlExecutor {
  // biome-ignore lint/suspicious/noExplicitAny: rows of any query, as pg-boss's own type says
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

type PgliteClient = PGlite | Transaction;

/**
 * A raw executor bound to the same connection as a drizzle handle: the database, or a transaction
 * (then whatever runs through it commits or rolls back with that transaction). drizzle keeps its
 * driver client on `session.client`: a postgres.js `Sql`/`TransactionSql`, or a PGlite instance or
 * transaction.
 */
export function executorFor(db: Db): SqlExecutor {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (client && typeof (client as postgres.Sql).unsafe === 'function') {
    return postgresExecutor(client as postgres.Sql);
  }
  if (client && typeof (client as PGlite).exec === 'function') {
    return pgliteExecutor(client as PgliteClient);
  }
  throw new Error('executorFor: not a drizzle postgres-js or PGlite handle');
}

/**
 * Parameters as pg would send them. drizzle turns off postgres.js's json serializer, so objects
 * go as JSON text; undefined becomes null (postgres.js refuses undefined).
 */
function param(v: unknown): unknown {
  if (v === undefined) return null;
  if (v === null || v instanceof Date || Array.isArray(v) || Buffer.isBuffer(v)) return v;
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

function postgresExecutor(sql: postgres.Sql): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (!values?.length) {
        // pg-boss sends several statements at once without parameters, some with their own
        // BEGIN/COMMIT: simple protocol, on a reserved connection unless already in a transaction.
        const reserve = (sql as Partial<postgres.Sql>).reserve;
        const conn = typeof reserve === 'function' ? await sql.reserve() : undefined;
        try {
          const result = (await (conn ?? sql).unsafe(text).simple()) as unknown as unknown[];
          const last = Array.isArray(result[0]) ? result[result.length - 1] : result;
          return { rows: [...((last as unknown[]) ?? [])] };
        } finally {
          conn?.release();
        }
      }
      const rows = await sql.unsafe(text, values.map(param) as postgres.ParameterOrJSON<never>[]);
      return { rows: [...rows] };
    },
  };
}

function pgliteExecutor(client: PgliteClient): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (!values?.length) {
        const results = await client.exec(text);
        return { rows: results[results.length - 1]?.rows ?? [] };
      }
      const result = await client.query(text, values.map(param));
      return { rows: result.rows };
    },
  };
}
