import { eq } from 'drizzle-orm';
import { opportunities } from '../../../db/schema';
import { assertOnRecord } from '../access/check';
import type { Ctx } from '../context';
import { NotFound } from '../errors';
import { parseNumberRef } from '../shared/fields';
import type { ListQuery } from '../shared/list-query';
import { deleteRecord, findRecord, listRecords } from '../shared/records';
import { type OpportunityRow, opportunityType } from './opportunity-type';
import { presentOpportunities, presentOpportunity } from './present-opportunity';

/** A deal by id or by number as people say it ("D-7", "d7", "7"), with access checked. */
export async function findDeal(
  ctx: Ctx,
  ref: string,
  action: 'read' | 'edit' | 'delete' | 'stream' = 'read',
): Promise<OpportunityRow> {
  const n = parseNumberRef('D', ref);
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) {
    return findRecord(ctx, opportunityType, ref, action);
  }
  const [row] = await ctx.db.select().from(opportunities).where(eq(opportunities.number, n));
  if (!row) throw new NotFound('Opportunity');
  assertOnRecord(ctx.actor, 'Opportunity', action, row);
  return row;
}

export async function getOpportunity(ctx: Ctx, id: string) {
  return presentOpportunity(ctx, await findRecord(ctx, opportunityType, id));
}

export async function listOpportunities(ctx: Ctx, query: ListQuery) {
  const r = await listRecords(ctx, opportunityType, query);
  return { ...r, data: await presentOpportunities(ctx, r.data) };
}

export async function deleteOpportunity(ctx: Ctx, id: string) {
  const row = await findRecord(ctx, opportunityType, id, 'delete');
  // Present before deleting: the contact links go with the deal.
  const out = await presentOpportunity(ctx, row);
  await deleteRecord(ctx, opportunityType, id);
  return out;
}
