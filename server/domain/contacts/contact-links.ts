import { asc, eq, inArray } from 'drizzle-orm';
import { accountContacts, accounts } from '../../../db/schema';
import { assertAccountsExist } from '../accounts/account-refs';
import type { Ctx } from '../context';
import { Invalid } from '../errors';
import type { ContactInput } from './contact-input';

export interface AccountLink {
  accountId: string;
  role: string | null;
  isInactive: boolean;
}
export interface StoredLink extends AccountLink {
  accountName: string;
}

/** Every contact's account links (primary included), ordered by account name. */
export async function loadAccountLinks(
  ctx: Ctx,
  contactIds: string[],
): Promise<Map<string, StoredLink[]>> {
  const out = new Map<string, StoredLink[]>();
  if (!contactIds.length) return out;
  const rows = await ctx.db
    .select({
      contactId: accountContacts.contactId,
      accountId: accountContacts.accountId,
      role: accountContacts.role,
      isInactive: accountContacts.isInactive,
      accountName: accounts.name,
    })
    .from(accountContacts)
    .innerJoin(accounts, eq(accounts.id, accountContacts.accountId))
    .where(inArray(accountContacts.contactId, contactIds))
    .orderBy(asc(accounts.name), asc(accountContacts.accountId));
  for (const { contactId, ...link } of rows)
    out.set(contactId, [...(out.get(contactId) ?? []), link]);
  return out;
}

const key = (l: AccountLink) => `${l.accountId}|${l.role ?? ''}|${l.isInactive}`;
const sameLinks = (a: AccountLink[], b: AccountLink[]) =>
  JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
const sameIds = (a: string[], b: string[]) =>
  JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());

export interface LinkPlan {
  accountId: string | null;
  title: string | null;
  /** Every link to store, the primary one first (its role is the title). */
  links: AccountLink[];
}

/**
 * The links after a create or update. react-admin resends whole records, so `accounts`,
 * `accountsIds` and `title` only count when they differ from what is stored: the field the user
 * actually edited wins (`accounts` before `accountsIds` if both changed). A former primary
 * account stays linked as a further account, with its role.
 */
export function planAccountLinks(
  current: { accountId: string | null; links: AccountLink[] },
  input: ContactInput,
): LinkPlan {
  const oldPrimary = current.accountId;
  const primary = input.accountId !== undefined ? input.accountId : oldPrimary;
  const byId = new Map(current.links.map((l) => [l.accountId, l]));
  const currentTitle = oldPrimary ? (byId.get(oldPrimary)?.role ?? null) : null;
  const currentFurther = current.links.filter((l) => l.accountId !== oldPrimary);

  let further: AccountLink[] = current.links.filter((l) => l.accountId !== primary);
  if (input.accounts !== undefined && !sameLinks(input.accounts, currentFurther)) {
    further = [...new Map(input.accounts.map((l) => [l.accountId, l])).values()];
  } else if (
    input.accountsIds !== undefined &&
    !sameIds(
      input.accountsIds,
      current.links.map((l) => l.accountId),
    )
  ) {
    further = [...new Set(input.accountsIds)].map(
      (id) => byId.get(id) ?? { accountId: id, role: null, isInactive: false },
    );
  }
  further = further.filter((l) => l.accountId !== primary);

  const titleChanged = input.title !== undefined && input.title !== currentTitle;
  let title: string | null = currentTitle;
  if (titleChanged) title = input.title ?? null;
  else if (primary !== oldPrimary) title = (primary && byId.get(primary)?.role) || currentTitle;

  if (!primary) {
    // The title is the role at the primary account: with none there is nowhere to keep it.
    if (titleChanged && title) {
      throw new Invalid({ title: 'Choose a primary account first: the title is the role there.' });
    }
    return { accountId: null, title: null, links: further };
  }
  return {
    accountId: primary,
    title,
    links: [{ accountId: primary, role: title, isInactive: false }, ...further],
  };
}

/** Replaces a contact's links with the planned ones (inside the caller's transaction). */
export async function writeAccountLinks(
  ctx: Ctx,
  contactId: string,
  links: AccountLink[],
  fresh = false,
) {
  // A contact created in the same transaction (`fresh`) has no links to remove.
  if (!fresh) await ctx.db.delete(accountContacts).where(eq(accountContacts.contactId, contactId));
  if (!links.length) return;
  await ctx.db.insert(accountContacts).values(
    links.map((l) => ({
      contactId,
      accountId: l.accountId,
      role: l.role,
      isInactive: l.isInactive,
    })),
  );
}

/** Missing accounts are a 400 on the field that named them, not a foreign-key crash. */
export async function assertLinkedAccountsExist(ctx: Ctx, plan: LinkPlan, input: ContactInput) {
  await assertAccountsExist(ctx, 'accountId', [plan.accountId]);
  await assertAccountsExist(
    ctx,
    input.accounts ? 'accounts' : 'accountsIds',
    plan.links.filter((l) => l.accountId !== plan.accountId).map((l) => l.accountId),
  );
}
