import { type Ctx, inTransaction } from '../context';
import { Conflict, Invalid } from '../errors';
import { assertActiveUsers } from '../shared/fields';
import { findRecord, present, updateRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { leadIdentityError, leadUpdateInput } from './lead-input';
import { leadType } from './lead-type';

export async function updateLead(ctx: Ctx, id: string, input: unknown) {
  const patch = parseInput(leadUpdateInput, input);
  await assertActiveUsers(ctx, 'assignedUserId', [patch.assignedUserId]);
  return inTransaction(ctx, async (tx) => {
    const before = await findRecord(tx, leadType, id, 'edit');
    const identity = leadIdentityError({ ...before, ...patch });
    if (identity) throw new Invalid(identity);
    if (before.status === 'Converted' && patch.status && patch.status !== 'Converted') {
      throw new Conflict('This lead was converted; its status can no longer change.');
    }
    if (patch.status === 'Converted' && before.status !== 'Converted') {
      throw new Invalid({ status: 'A lead becomes Converted by converting it.' });
    }
    // Assigning a New lead makes it Assigned (react-admin resends the unchanged status: New).
    const newlyAssigned = patch.assignedUserId && !before.assignedUserId;
    const status =
      newlyAssigned && before.status === 'New' && (patch.status ?? 'New') === 'New'
        ? 'Assigned'
        : patch.status;
    const row = await updateRecord(tx, leadType, before, { ...patch, status });
    return present(tx, leadType, row);
  });
}
