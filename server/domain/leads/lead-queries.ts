import type { Ctx } from '../context';
import type { ListQuery } from '../shared/list-query';
import { deleteRecord, findRecord, listRecords, present } from '../shared/records';
import { leadType } from './lead-type';

export async function getLead(ctx: Ctx, id: string) {
  return present(ctx, leadType, await findRecord(ctx, leadType, id));
}

export async function listLeads(ctx: Ctx, query: ListQuery) {
  const r = await listRecords(ctx, leadType, query);
  return { ...r, data: r.data.map((l) => present(ctx, leadType, l)) };
}

export async function deleteLead(ctx: Ctx, id: string) {
  return present(ctx, leadType, await deleteRecord(ctx, leadType, id));
}
