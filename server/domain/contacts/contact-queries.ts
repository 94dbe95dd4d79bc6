import type { Ctx } from '../context';
import type { ListQuery } from '../shared/list-query';
import { deleteRecord, findRecord, listRecords } from '../shared/records';
import { contactType } from './contact-type';
import { presentContact, presentContacts } from './present-contact';

export async function getContact(ctx: Ctx, id: string) {
  return presentContact(ctx, await findRecord(ctx, contactType, id));
}

export async function listContacts(ctx: Ctx, query: ListQuery) {
  const r = await listRecords(ctx, contactType, query);
  return { ...r, data: await presentContacts(ctx, r.data) };
}

export async function deleteContact(ctx: Ctx, id: string) {
  const row = await findRecord(ctx, contactType, id, 'delete');
  // Present before deleting: the account links go with the contact.
  const out = await presentContact(ctx, row);
  await deleteRecord(ctx, contactType, id);
  return out;
}
