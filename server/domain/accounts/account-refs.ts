import { inArray } from 'drizzle-orm';
import { accounts } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';

/** A link to a missing account is a 400 on the field, not a foreign-key crash. */
export async function assertAccountsExist(
  ctx: Ctx,
  field: string,
  ids: (string | null | undefined)[],
): Promise<void> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return;
  const found = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(inArray(accounts.id, wanted));
  if (found.length !== wanted.length) throw new Invalid({ [field]: 'No such account.' });
}
