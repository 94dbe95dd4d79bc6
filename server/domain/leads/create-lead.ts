import { type Ctx, inTransaction } from '../context';
import { Invalid } from '../errors';
import { assertActiveUsers } from '../shared/fields';
import { assertWritable, insertRecord, present } from '../shared/records';
import { parseInput } from '../shared/validate';
import { leadCreateInput, leadIdentityError } from './lead-input';
import { type LeadRow, leadType } from './lead-type';

/** Creates a lead from any front door. Assigning a new lead makes it `Assigned`. */
export async function createLeadRow(ctx: Ctx, input: unknown): Promise<LeadRow> {
  const data = parseInput(leadCreateInput, input);
  const identity = leadIdentityError(data);
  if (identity) throw new Invalid(identity);
  assertWritable(ctx, 'Lead', data);
  await assertActiveUsers(ctx, 'assignedUserId', [data.assignedUserId]);
  const status = data.status ?? (data.assignedUserId ? 'Assigned' : 'New');
  if (status === 'Converted') {
    throw new Invalid({ status: 'A lead becomes Converted by converting it.' });
  }
  return inTransaction(ctx, (tx) => insertRecord(tx, leadType, { ...data, status }));
}

export async function createLead(ctx: Ctx, input: unknown) {
  return present(ctx, leadType, await createLeadRow(ctx, input));
}
