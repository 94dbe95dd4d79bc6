import { type Ctx, inTransaction } from '../context';
import { assertActiveUsers } from '../shared/fields';
import { findRecord, present, updateRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { accountUpdateInput } from './account-input';
import { accountType } from './account-type';

export async function updateAccount(ctx: Ctx, id: string, input: unknown) {
  const patch = parseInput(accountUpdateInput, input);
  await assertActiveUsers(ctx, 'assignedUserId', [patch.assignedUserId]);
  return inTransaction(ctx, async (tx) => {
    const before = await findRecord(tx, accountType, id, 'edit');
    return present(tx, accountType, await updateRecord(tx, accountType, before, patch));
  });
}
