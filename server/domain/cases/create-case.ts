import { eq } from 'drizzle-orm';
import { contacts } from '../../../db/schema';
import { assignmentFor } from '../assignment/assign-new-record';
import { type Ctx, inTransaction } from '../context';
import { assertActiveUsers } from '../shared/fields';
import { assertWritable, insertRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { saveCaseContacts } from './case-contacts';
import { caseCreateInput } from './case-input';
import { assertCaseRefs } from './case-refs';
import { type CaseRow, caseType } from './case-type';
import { presentCase } from './present-case';

/** What only the system sets on a new case (e-mail-to-case). */
export interface CaseOrigin {
  inboundEmailAccountId?: string | null;
  /**
   * The assignment rules already chose `assignedUserId`, null included (e-mail-to-case takes the
   * turn ahead of its transaction): they are not asked again.
   */
  assignmentDone?: boolean;
  /**
   * The contact (and its primary account) and the assignee were read or written by the caller in
   * the same transaction (e-mail-to-case): they are not looked up again.
   */
  known?: { contactAccountId: string | null };
}

/**
 * Creates a case from any front door. The account follows the contact's primary account when
 * none is given. An assignee given wins; without one (absent or null: forms and the Slack modal
 * send null for "nobody picked") the assignment rules choose, in the same transaction (the
 * mailbox's distribution first for e-mail-to-case). Assigning makes it `Assigned`.
 */
export async function createCaseRow(
  ctx: Ctx,
  input: unknown,
  origin: CaseOrigin = {},
): Promise<CaseRow> {
  const data = parseInput(caseCreateInput, input);
  assertWritable(ctx, 'Case', data);
  if (!origin.known) {
    await assertActiveUsers(ctx, 'assignedUserId', [data.assignedUserId]);
    await assertCaseRefs(ctx, data);
  }
  return inTransaction(ctx, async (tx) => {
    let accountId = data.accountId ?? origin.known?.contactAccountId ?? null;
    if (!accountId && data.contactId && !origin.known) {
      const [c] = await tx.db
        .select({ accountId: contacts.accountId })
        .from(contacts)
        .where(eq(contacts.id, data.contactId));
      accountId = c?.accountId ?? null;
    }
    const { contactsIds, ...fields } = data;
    const assignedUserId =
      fields.assignedUserId ??
      (origin.assignmentDone
        ? null
        : await assignmentFor(tx, 'Case', { emailAccountId: origin.inboundEmailAccountId }));
    // Forms send the default status (New) along: an assignee still makes it Assigned.
    const status =
      (fields.status ?? 'New') === 'New' && assignedUserId ? 'Assigned' : (fields.status ?? 'New');
    const row = await insertRecord(tx, caseType, {
      ...fields,
      assignedUserId,
      accountId,
      status,
      inboundEmailAccountId: origin.inboundEmailAccountId ?? null,
    });
    const people = [...(data.contactId ? [data.contactId] : []), ...(contactsIds ?? [])];
    if (people.length) await saveCaseContacts(tx, row.id, people, true);
    return row;
  });
}

export async function createCase(ctx: Ctx, input: unknown) {
  return presentCase(ctx, await createCaseRow(ctx, input));
}
