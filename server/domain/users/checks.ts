import { and, eq, ne, sql } from 'drizzle-orm';
import { roles, teams, users } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import { assertExisting } from '../shared/refs';

export const assertTeamsExist = (ctx: Ctx, field: string, ids: string[] | undefined) =>
  assertExisting(ctx, field, teams, ids, 'team');
export const assertRolesExist = (ctx: Ctx, field: string, ids: string[] | undefined) =>
  assertExisting(ctx, field, roles, ids, 'role');
export const assertUsersExist = (ctx: Ctx, field: string, ids: string[] | undefined) =>
  assertExisting(ctx, field, users, ids, 'user');

export const EMAIL_TAKEN = 'Already used by another user.';
export const SLACK_TAKEN = 'Already linked to another user.';

/** E-mail addresses are unique whatever their case; the Slack identity maps to one user. */
export async function assertUniqueIdentity(
  ctx: Ctx,
  exceptId: string | null,
  v: { emailAddress?: string; slackUserId?: string | null },
) {
  const others = exceptId ? ne(users.id, exceptId) : undefined;
  if (v.emailAddress) {
    const [dup] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(sql`lower(${users.emailAddress})`, v.emailAddress.toLowerCase()), others));
    if (dup) throw new Invalid({ emailAddress: EMAIL_TAKEN });
  }
  if (v.slackUserId) {
    const [dup] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.slackUserId, v.slackUserId), others));
    if (dup) throw new Invalid({ slackUserId: SLACK_TAKEN });
  }
}

/** A field of PostgreSQL's error (code, constraint), through drizzle's wrapper. */
function pgErrorField(e: unknown, names: string[]): string | undefined {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause) {
    for (const n of names) {
      const v = (x as Record<string, unknown>)[n];
      if (typeof v === 'string') return v;
    }
  }
  return undefined;
}

export const pgErrorCode = (e: unknown) => pgErrorField(e, ['code']);

/** A concurrent insert may still win the race past the checks above: the unique index decides. */
export function rethrowUniqueViolation(e: unknown): never {
  if (pgErrorCode(e) === '23505') {
    const constraint = pgErrorField(e, ['constraint_name', 'constraint']) ?? '';
    throw new Invalid(
      constraint === 'users_slack_unique'
        ? { slackUserId: SLACK_TAKEN }
        : { emailAddress: EMAIL_TAKEN },
    );
  }
  throw e;
}
