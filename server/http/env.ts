import type { Actor } from '../domain/access/actor';
import type { Ctx } from '../domain/context';

/** What a request carries through Hono's context once the auth middleware has run. */
export type AppEnv = { Variables: { actor: Actor; ctx: Ctx; token: string } };
