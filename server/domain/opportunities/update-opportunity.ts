import { assertAccountsExist } from '../accounts/account-refs';
import { type Ctx, inTransaction } from '../context';
import { getOpportunityStages } from '../settings/opportunity-stages';
import { assertActiveUsers } from '../shared/fields';
import { findRecord, updateRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import {
  assertDealContactsExist,
  loadDealContacts,
  planDealContacts,
  writeDealContacts,
} from './deal-contacts';
import { type OpportunityInput, opportunityUpdateInput } from './opportunity-input';
import { type OpportunityRow, opportunityType } from './opportunity-type';
import { presentOpportunity } from './present-opportunity';
import { stageOnUpdate } from './stage-rules';

/** Applies a parsed patch to a deal already loaded and edit-checked, inside `ctx`'s transaction. */
export async function applyDealPatch(
  ctx: Ctx,
  before: OpportunityRow,
  patch: OpportunityInput,
): Promise<OpportunityRow> {
  // Only the stage fields: stageOnUpdate may hand back `before` itself, whose other columns
  // (amount, closeDate…) would otherwise overwrite the patch.
  const { stage, probability, probabilityIsManual, lastStage } = stageOnUpdate(
    await getOpportunityStages(ctx),
    before,
    patch,
  );
  const state = { stage, probability, probabilityIsManual, lastStage };
  const current = (await loadDealContacts(ctx, [before.id])).get(before.id) ?? [];
  const links = planDealContacts({ contactId: before.contactId, links: current }, patch);
  await assertAccountsExist(ctx, 'accountId', [patch.accountId]);
  await assertDealContactsExist(ctx, links, patch);
  const { contacts: _c, contactsIds: _ids, ...values } = patch;
  const row = await updateRecord(ctx, opportunityType, before, {
    ...values,
    ...state,
    contactId: links.contactId,
  });
  await writeDealContacts(ctx, before.id, links.links);
  return row;
}

export async function updateOpportunity(ctx: Ctx, id: string, input: unknown) {
  const patch = parseInput(opportunityUpdateInput, input);
  await assertActiveUsers(ctx, 'assignedUserId', [patch.assignedUserId]);
  return inTransaction(ctx, async (tx) => {
    const before = await findRecord(tx, opportunityType, id, 'edit');
    return presentOpportunity(tx, await applyDealPatch(tx, before, patch));
  });
}
