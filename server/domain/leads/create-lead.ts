import { assignmentFor } from '../assignment/assign-new-record';
import { type Ctx, inTransaction } from '../context';
import { Invalid } from '../errors';
import { assertActiveUsers } from '../shared/fields';
import { assertWritable, insertRecord, present } from '../shared/records';
import { parseInput } from '../shared/validate';
import { leadCreateInput, leadIdentityError } from './lead-input';
import { type LeadRow, leadType } from './lead-type';

/**
 * Creates a lead from any front door (REST, admin, Slack, lead capture). An assignee given wins;
 * without one (absent or null: forms and the Slack modal send null for "nobody picked") the
 * assignment rules choose, in the same transaction. Assigning a new lead makes it `Assigned`.
 */
export async function createLeadRow(ctx: Ctx, input: unknown): Promise<LeadRow> {
  const data = parseInput(leadCreateInput, input);
  const identity = leadIdentityError(data);
  if (identity) throw new Invalid(identity);
  assertWritable(ctx, 'Lead', data);
  await assertActiveUsers(ctx, 'assignedUserId', [data.assignedUserId]);
  if (data.status === 'Converted') {
    throw new Invalid({ status: 'A lead becomes Converted by converting it.' });
  }
  return inTransaction(ctx, async (tx) => {
    const assignedUserId = data.assignedUserId ?? (await assignmentFor(tx, 'Lead'));
    // Forms send the default status (New) along: an assignee still makes it Assigned.
    const status = (data.status ?? 'New') === 'New' && assignedUserId ? 'Assigned' : data.status;
    return insertRecord(tx, leadType, { ...data, assignedUserId, status: status ?? 'New' });
  });
}

export async function createLead(ctx: Ctx, input: unknown) {
  return present(ctx, leadType, await createLeadRow(ctx, input));
}
