import { accounts } from '../../../db/schema';
import type { Ctx } from '../context';
import { assertExisting } from '../shared/refs';

/** A link to a missing account is a 400 on the field, not a foreign-key crash. */
export const assertAccountsExist = (ctx: Ctx, field: string, ids: (string | null | undefined)[]) =>
  assertExisting(ctx, field, accounts, ids, 'account');
