import { inArray } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Ctx } from '../context';

export interface Person {
  name: string;
  slackUserId: string | null;
}

/**
 * Display names (and Slack ids, so Slack can mention them) of the users a card shows as
 * assignees. Names are not secret to anyone who may read the record that points to them.
 */
export async function userNames(ctx: Ctx, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  const out = new Map<string, Person>();
  if (!wanted.length) return out;
  const rows = await ctx.db
    .select({ id: users.id, name: users.name, slackUserId: users.slackUserId })
    .from(users)
    .where(inArray(users.id, wanted));
  for (const r of rows) out.set(r.id, { name: r.name, slackUserId: r.slackUserId });
  return out;
}
