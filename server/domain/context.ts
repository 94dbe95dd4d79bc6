import type { DatabaseKind, Db } from '../../db/client';
import type { Actor } from './access/actor';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface JobOptions {
  /** Seconds from now, or a date, before the job may run. */
  startAfter?: number | Date;
  /** At most one queued job with this key (pg-boss singletonKey): a repeated enqueue is dropped. */
  singletonKey?: string;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
}

/**
 * Durable jobs (pg-boss). `send` writes the job with the handle it is given: pass the current
 * transaction (`ctx.db` inside `inTransaction`) and the job exists only if that transaction commits.
 * Returns the job id, or null when a `singletonKey` job is already queued.
 */
export interface Jobs {
  send(db: Db, name: string, data: object, options?: JobOptions): Promise<string | null>;
  /**
   * Whether this process runs a queue of that name (its worker is started): optional work such
   * as Slack notifications is enqueued only then, so a process without Slack changes nothing.
   */
  has(name: string): boolean;
}

/** Jobs in a process that runs no queue (scripts, most tests): enqueueing is a programming error. */
export const jobsOff: Jobs = {
  send: async (_db, name) => {
    throw new Error(`Job "${name}" cannot be enqueued: the job queue is not running here.`);
  },
  has: () => false,
};

/** What every domain function receives: who acts, on which database, with which queue, at what time. */
export interface Ctx {
  db: Db;
  actor: Actor;
  jobs: Jobs;
  clock: Clock;
}

/** What a front door holds before it knows the actor. */
export interface Services {
  db: Db;
  kind: DatabaseKind;
  clock: Clock;
  /** The job queue; absent in processes that run none (then `jobsOff`). */
  jobs?: Jobs;
}

export const withActor = (services: Services, actor: Actor): Ctx => ({
  db: services.db,
  clock: services.clock,
  jobs: services.jobs ?? jobsOff,
  actor,
});

/** Runs `fn` in one transaction; on PGlite the handle must be used for every query inside. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}

export type { DatabaseKind, Db };
