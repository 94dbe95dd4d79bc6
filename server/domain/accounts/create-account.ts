import { type Ctx, inTransaction } from '../context';
import { assertActiveUsers } from '../shared/fields';
import { assertWritable, insertRecord, present } from '../shared/records';
import { parseInput } from '../shared/validate';
import { accountCreateInput } from './account-input';
import { type AccountRow, accountType } from './account-type';

/**
 * Creates an account from any front door. Safe inside a caller's transaction (lead conversion):
 * `inTransaction` on a transaction handle opens a savepoint, not a second connection.
 */
export async function createAccountRow(ctx: Ctx, input: unknown): Promise<AccountRow> {
  const data = parseInput(accountCreateInput, input);
  assertWritable(ctx, 'Account', data);
  await assertActiveUsers(ctx, 'assignedUserId', [data.assignedUserId]);
  return inTransaction(ctx, (tx) => insertRecord(tx, accountType, data));
}

export async function createAccount(ctx: Ctx, input: unknown) {
  return present(ctx, accountType, await createAccountRow(ctx, input));
}
