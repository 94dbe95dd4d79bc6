import type { DatabaseKind, Db } from '../../db/client';
import type { Actor } from './access/actor';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every domain function receives: who acts, on which database, at what time. */
export interface Ctx {
  db: Db;
  actor: Actor;
  clock: Clock;
}

/** What a front door holds before it knows the actor. */
export interface Services {
  db: Db;
  kind: DatabaseKind;
  clock: Clock;
}

export const withActor = (services: Services, actor: Actor): Ctx => ({
  db: services.db,
  clock: services.clock,
  actor,
});

/** Runs `fn` in one transaction; on PGlite the handle must be used for every query inside. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}

export type { DatabaseKind, Db };
