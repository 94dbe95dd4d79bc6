import { contacts } from '../../../db/schema';
import type { Ctx } from '../context';
import { assertExisting } from '../shared/refs';

/** A link to a missing contact is a 400 on the field, not a foreign-key crash. */
export const assertContactsExist = (ctx: Ctx, field: string, ids: (string | null | undefined)[]) =>
  assertExisting(ctx, field, contacts, ids, 'contact');
