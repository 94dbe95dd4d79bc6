import { asc, eq, inArray } from 'drizzle-orm';
import { contacts, opportunityContacts } from '../../../db/schema';
import { assertContactsExist } from '../contacts/contact-refs';
import type { Ctx } from '../context';
import type { OpportunityInput } from './opportunity-input';

export interface ContactLink {
  contactId: string;
  role: string | null;
}
export interface StoredContactLink extends ContactLink {
  name: string;
}

/** Every deal's contacts (primary included) with their opportunity role, ordered by name. */
export async function loadDealContacts(
  ctx: Ctx,
  dealIds: string[],
): Promise<Map<string, StoredContactLink[]>> {
  const out = new Map<string, StoredContactLink[]>();
  if (!dealIds.length) return out;
  const rows = await ctx.db
    .select({
      dealId: opportunityContacts.opportunityId,
      contactId: opportunityContacts.contactId,
      role: opportunityContacts.role,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
    })
    .from(opportunityContacts)
    .innerJoin(contacts, eq(contacts.id, opportunityContacts.contactId))
    .where(inArray(opportunityContacts.opportunityId, dealIds))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id));
  for (const r of rows) {
    const name = [r.firstName, r.lastName].filter(Boolean).join(' ');
    const link = { contactId: r.contactId, role: r.role, name };
    out.set(r.dealId, [...(out.get(r.dealId) ?? []), link]);
  }
  return out;
}

const key = (l: ContactLink) => `${l.contactId}|${l.role ?? ''}`;
const sameLinks = (a: ContactLink[], b: ContactLink[]) =>
  JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
const sameIds = (a: string[], b: string[]) =>
  JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());

/**
 * The contacts after a create or update. As for a contact's accounts, react-admin resends whole
 * records: `contacts` (with roles) or `contactsIds` count only when they differ from what is
 * stored. The primary contact is always linked; a former primary contact stays linked.
 */
export function planDealContacts(
  current: { contactId: string | null; links: ContactLink[] },
  input: OpportunityInput,
): { contactId: string | null; links: ContactLink[] } {
  const primary = input.contactId !== undefined ? input.contactId : current.contactId;
  const byId = new Map(current.links.map((l) => [l.contactId, l]));
  let links: ContactLink[] = current.links;
  if (input.contacts !== undefined && !sameLinks(input.contacts, current.links)) {
    links = [...new Map(input.contacts.map((l) => [l.contactId, l])).values()];
  } else if (
    input.contactsIds !== undefined &&
    !sameIds(
      input.contactsIds,
      current.links.map((l) => l.contactId),
    )
  ) {
    links = [...new Set(input.contactsIds)].map(
      (id) => byId.get(id) ?? { contactId: id, role: null },
    );
  }
  if (primary && !links.some((l) => l.contactId === primary)) {
    links = [byId.get(primary) ?? { contactId: primary, role: null }, ...links];
  }
  return { contactId: primary ?? null, links };
}

export async function assertDealContactsExist(
  ctx: Ctx,
  plan: { contactId: string | null; links: ContactLink[] },
  input: OpportunityInput,
) {
  await assertContactsExist(ctx, 'contactId', [plan.contactId]);
  await assertContactsExist(
    ctx,
    input.contacts ? 'contacts' : 'contactsIds',
    plan.links.map((l) => l.contactId),
  );
}

/** Replaces a deal's contact links (inside the caller's transaction). */
export async function writeDealContacts(ctx: Ctx, dealId: string, links: ContactLink[]) {
  await ctx.db.delete(opportunityContacts).where(eq(opportunityContacts.opportunityId, dealId));
  if (!links.length) return;
  await ctx.db
    .insert(opportunityContacts)
    .values(links.map((l) => ({ opportunityId: dealId, contactId: l.contactId, role: l.role })));
}
