import { inArray } from 'drizzle-orm';
import { accounts } from '../../../db/schema';
import { canOnRecord } from '../access/check';
import type { Ctx } from '../context';
import { refFilter } from '../shared/fields';
import { listDocuments } from './document-queries';

/**
 * The quotes a person means by what they typed (Slack: `/quote show Q-00001`, `q-1`, `1`, or
 * words of the name). Only quotes the actor may read; newest first; `total` says how many
 * matched in all.
 */
export async function findQuotesByRef(ctx: Ctx, ref: string, limit = 10) {
  const filter = refFilter('Q', ref);
  return listDocuments(ctx, 'Quote', { filter, range: [0, limit - 1] });
}

/**
 * Names of the accounts quotes point to, for cards: only the accounts the actor may read (the
 * others stay unnamed, as the admin panel would show them).
 */
export async function readableAccountNames(ctx: Ctx, ids: (string | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  const out = new Map<string, string>();
  if (!wanted.length) return out;
  const rows = await ctx.db.select().from(accounts).where(inArray(accounts.id, wanted));
  for (const r of rows) {
    if (canOnRecord(ctx.actor, 'Account', 'read', r)) out.set(r.id, r.name);
  }
  return out;
}

/** Whether the actor may edit this quote (its status buttons are offered only then). */
export function canEditQuote(
  ctx: Ctx,
  q: { assignedUserId?: unknown; createdById?: unknown; teamsIds?: unknown },
) {
  return canOnRecord(ctx.actor, 'Quote', 'edit', {
    assignedUserId: typeof q.assignedUserId === 'string' ? q.assignedUserId : null,
    createdById: typeof q.createdById === 'string' ? q.createdById : null,
    teamsIds: Array.isArray(q.teamsIds) ? (q.teamsIds as string[]) : [],
  });
}
