import { opportunities } from '../../../db/schema';
import { assertAccountsExist } from '../accounts/account-refs';
import { assertContactsExist } from '../contacts/contact-refs';
import type { Ctx } from '../context';
import { assertActiveUsers } from '../shared/fields';
import { assertExisting } from '../shared/refs';

/** The links a client may set on a document must name existing records and active users. */
export async function assertDocumentRefs(
  ctx: Ctx,
  input: {
    accountId?: string | null;
    opportunityId?: string | null;
    billingContactId?: string | null;
    assignedUserId?: string | null;
  },
) {
  await assertAccountsExist(ctx, 'accountId', [input.accountId]);
  await assertContactsExist(ctx, 'billingContactId', [input.billingContactId]);
  await assertExisting(ctx, 'opportunityId', opportunities, [input.opportunityId], 'opportunity');
  await assertActiveUsers(ctx, 'assignedUserId', [input.assignedUserId]);
}
