import { hiddenFields } from '../access/check';
import type { Ctx } from '../context';
import { loadDealContacts, type StoredContactLink } from './deal-contacts';
import { type OpportunityRow, opportunityType } from './opportunity-type';

/** The API shape: the row plus contactsIds and contacts with roles, minus hidden fields. */
function shape(ctx: Ctx, row: OpportunityRow, links: StoredContactLink[]) {
  const out: Record<string, unknown> = {
    ...opportunityType.toApi(row),
    contactsIds: links.map((l) => l.contactId),
    contacts: links,
  };
  for (const f of hiddenFields(ctx.actor, 'Opportunity')) delete out[f];
  return out;
}

export async function presentOpportunities(ctx: Ctx, rows: OpportunityRow[]) {
  const links = await loadDealContacts(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => shape(ctx, r, links.get(r.id) ?? []));
}

export async function presentOpportunity(ctx: Ctx, row: OpportunityRow) {
  const [out] = await presentOpportunities(ctx, [row]);
  return out!;
}
