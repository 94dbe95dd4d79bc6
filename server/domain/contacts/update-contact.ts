import { type Ctx, inTransaction } from '../context';
import { assertActiveUsers } from '../shared/fields';
import { findRecord, updateRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { addNote } from '../stream/add-note';
import { contactUpdateInput } from './contact-input';
import {
  assertLinkedAccountsExist,
  loadAccountLinks,
  planAccountLinks,
  writeAccountLinks,
} from './contact-links';
import { contactType } from './contact-type';
import { presentContact } from './present-contact';

export async function updateContact(ctx: Ctx, id: string, input: unknown) {
  const patch = parseInput(contactUpdateInput, input);
  await assertActiveUsers(ctx, 'assignedUserId', [patch.assignedUserId]);
  return inTransaction(ctx, async (tx) => {
    const before = await findRecord(tx, contactType, id, 'edit');
    const links = (await loadAccountLinks(tx, [id])).get(id) ?? [];
    const plan = planAccountLinks({ accountId: before.accountId, links }, patch);
    await assertLinkedAccountsExist(tx, plan, patch);
    const { title: _t, accountsIds: _ids, accounts: _links, ...values } = patch;
    const row = await updateRecord(tx, contactType, before, {
      ...values,
      accountId: plan.accountId,
    });
    await writeAccountLinks(tx, id, plan.links);
    // The title lives in the link table, so the engine's Update note cannot see it change.
    const wasTitle = links.find((l) => l.accountId === before.accountId)?.role ?? null;
    if (wasTitle !== plan.title) {
      await addNote(tx, {
        type: 'Update',
        parentType: 'Contact',
        parentId: id,
        data: { fields: { title: { was: wasTitle, became: plan.title } } },
      });
    }
    return presentContact(tx, row);
  });
}
