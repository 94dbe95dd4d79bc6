import type { Ctx } from '../context';
import type { ListQuery } from '../shared/list-query';
import { deleteRecord, findRecord, listRecords, present } from '../shared/records';
import { accountType } from './account-type';

export async function getAccount(ctx: Ctx, id: string) {
  return present(ctx, accountType, await findRecord(ctx, accountType, id));
}

export async function listAccounts(ctx: Ctx, query: ListQuery) {
  const r = await listRecords(ctx, accountType, query);
  return { ...r, data: r.data.map((a) => present(ctx, accountType, a)) };
}

/** Contacts keep existing (their primary account is cleared); the account links go with it. */
export async function deleteAccount(ctx: Ctx, id: string) {
  return present(ctx, accountType, await deleteRecord(ctx, accountType, id));
}
