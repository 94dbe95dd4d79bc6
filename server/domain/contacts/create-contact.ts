import { type Ctx, inTransaction } from '../context';
import { assertActiveUsers } from '../shared/fields';
import { assertWritable, insertRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { contactCreateInput } from './contact-input';
import { assertLinkedAccountsExist, planAccountLinks, writeAccountLinks } from './contact-links';
import type { ContactRow } from './contact-type';
import { contactType } from './contact-type';
import { presentContact } from './present-contact';

/**
 * Creates a contact with its primary account (role = title) and further account links. Safe
 * inside a caller's transaction (lead conversion): `inTransaction` then opens a savepoint.
 */
export async function createContactRow(ctx: Ctx, input: unknown): Promise<ContactRow> {
  const data = parseInput(contactCreateInput, input);
  assertWritable(ctx, 'Contact', data);
  await assertActiveUsers(ctx, 'assignedUserId', [data.assignedUserId]);
  const plan = planAccountLinks({ accountId: null, links: [] }, data);
  await assertLinkedAccountsExist(ctx, plan, data);
  const { title: _t, accountsIds: _ids, accounts: _links, ...values } = data;
  return inTransaction(ctx, async (tx) => {
    const row = await insertRecord(tx, contactType, { ...values, accountId: plan.accountId });
    await writeAccountLinks(tx, row.id, plan.links, true);
    return row;
  });
}

export async function createContact(ctx: Ctx, input: unknown) {
  return presentContact(ctx, await createContactRow(ctx, input));
}
