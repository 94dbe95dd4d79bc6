import { type Ctx, inTransaction } from '../context';
import { assertActiveUsers } from '../shared/fields';
import { findRecord, updateRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { saveCaseContacts } from './case-contacts';
import { caseUpdateInput } from './case-input';
import { assertCaseRefs } from './case-refs';
import { type CaseRow, caseType } from './case-type';
import { presentCase } from './present-case';

/** Changes a case (REST, admin, Slack). Assigning a `New` case makes it `Assigned`. */
export async function updateCaseRow(ctx: Ctx, id: string, input: unknown): Promise<CaseRow> {
  const patch = parseInput(caseUpdateInput, input);
  await assertActiveUsers(ctx, 'assignedUserId', [patch.assignedUserId]);
  await assertCaseRefs(ctx, patch);
  return inTransaction(ctx, async (tx) => {
    const before = await findRecord(tx, caseType, id, 'edit');
    const { contactsIds, ...fields } = patch;
    // react-admin resends the unchanged status (New) with the new assignee.
    const newlyAssigned = fields.assignedUserId && !before.assignedUserId;
    const status =
      newlyAssigned && before.status === 'New' && (fields.status ?? 'New') === 'New'
        ? 'Assigned'
        : fields.status;
    const row = await updateRecord(tx, caseType, before, { ...fields, status });
    if (contactsIds) {
      const primary = row.contactId ? [row.contactId] : [];
      await saveCaseContacts(tx, row.id, [...primary, ...contactsIds]);
    }
    return row;
  });
}

export async function updateCase(ctx: Ctx, id: string, input: unknown) {
  const row = await updateCaseRow(ctx, id, input);
  return presentCase(ctx, row);
}
