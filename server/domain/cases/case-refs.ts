import { accounts, contacts, leads } from '../../../db/schema';
import type { Ctx } from '../context';
import { assertExisting } from '../shared/refs';
import type { CaseFields } from './case-input';

/** Every id a case names must exist; the field says which one does not. */
export async function assertCaseRefs(ctx: Ctx, data: Partial<CaseFields>) {
  await assertExisting(ctx, 'accountId', accounts, [data.accountId], 'account');
  await assertExisting(ctx, 'contactId', contacts, [data.contactId], 'contact');
  await assertExisting(ctx, 'contactsIds', contacts, data.contactsIds, 'contact');
  await assertExisting(ctx, 'leadId', leads, [data.leadId], 'lead');
}
