import type { Ctx } from '../context';
import { updateRecord } from '../shared/records';
import { type CaseRow, caseType, isClosedCaseStatus } from './case-type';

/**
 * ★ domain.md: a customer reply to a closed or pending case reopens it: back to `Assigned`, or
 * `New` when nobody is assigned. The Update note carries `reopened: true`, so the thread says so.
 * Returns the case as it is now (unchanged when it was open).
 */
export async function reopenOnCustomerReply(ctx: Ctx, row: CaseRow): Promise<CaseRow> {
  if (row.status !== 'Pending' && !isClosedCaseStatus(row.status)) return row;
  const status = row.assignedUserId ? 'Assigned' : 'New';
  return updateRecord(ctx, caseType, row, { status }, { reopened: true });
}
