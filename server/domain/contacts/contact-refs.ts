import { inArray } from 'drizzle-orm';
import { contacts } from '../../../db/schema';
import type { Ctx } from '../context';
import { Invalid } from '../errors';

/** A link to a missing contact is a 400 on the field, not a foreign-key crash. */
export async function assertContactsExist(
  ctx: Ctx,
  field: string,
  ids: (string | null | undefined)[],
): Promise<void> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return;
  const found = await ctx.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(inArray(contacts.id, wanted));
  if (found.length !== wanted.length) throw new Invalid({ [field]: 'No such contact.' });
}
