import { assertAccountsExist } from '../accounts/account-refs';
import { type Ctx, inTransaction } from '../context';
import { getOpportunityStages } from '../settings/opportunity-stages';
import { assertActiveUsers } from '../shared/fields';
import { assertWritable, insertRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { assertDealContactsExist, planDealContacts, writeDealContacts } from './deal-contacts';
import { opportunityCreateInput } from './opportunity-input';
import { type OpportunityRow, opportunityType } from './opportunity-type';
import { presentOpportunity } from './present-opportunity';
import { stageOnCreate } from './stage-rules';

/**
 * Creates a deal: the stage must be a configured one (default: the first open stage) and the
 * probability defaults to the stage's. Safe inside a caller's transaction (lead conversion):
 * `inTransaction` then opens a savepoint.
 */
export async function createOpportunityRow(ctx: Ctx, input: unknown): Promise<OpportunityRow> {
  const data = parseInput(opportunityCreateInput, input);
  assertWritable(ctx, 'Opportunity', data);
  await assertActiveUsers(ctx, 'assignedUserId', [data.assignedUserId]);
  return inTransaction(ctx, async (tx) => {
    const state = stageOnCreate(await getOpportunityStages(tx), data);
    const links = planDealContacts({ contactId: null, links: [] }, data);
    await assertAccountsExist(tx, 'accountId', [data.accountId]);
    await assertDealContactsExist(tx, links, data);
    const { contacts: _c, contactsIds: _ids, ...values } = data;
    const row = await insertRecord(
      tx,
      opportunityType,
      { ...values, ...state, contactId: links.contactId },
      { data: { stage: state.stage } },
    );
    await writeDealContacts(tx, row.id, links.links);
    return row;
  });
}

export async function createOpportunity(ctx: Ctx, input: unknown) {
  return presentOpportunity(ctx, await createOpportunityRow(ctx, input));
}
