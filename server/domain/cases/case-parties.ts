import { inArray } from 'drizzle-orm';
import { accounts, contacts } from '../../../db/schema';
import { canOnRecord } from '../access/check';
import { contactName } from '../contacts/contact-type';
import type { Ctx } from '../context';

/** The customer side of a case as its card names it. */
export interface CaseParties {
  /** Contact id → name, for the contacts the actor may read. */
  contacts: Map<string, string>;
  /** Account id → name, for the accounts the actor may read. */
  accounts: Map<string, string>;
}

const ids = (values: unknown[]) => [
  ...new Set(values.filter((v): v is string => typeof v === 'string' && v !== '')),
];

/**
 * Names of the contacts and accounts these cases point to (Slack cards). Only what the actor may
 * read is named: the others stay unnamed, as the admin panel would show them.
 */
export async function caseParties(
  ctx: Ctx,
  cases: { contactId?: unknown; accountId?: unknown }[],
): Promise<CaseParties> {
  const out: CaseParties = { contacts: new Map(), accounts: new Map() };
  const contactIds = ids(cases.map((c) => c.contactId));
  const accountIds = ids(cases.map((c) => c.accountId));
  if (contactIds.length) {
    const rows = await ctx.db.select().from(contacts).where(inArray(contacts.id, contactIds));
    for (const r of rows) {
      if (canOnRecord(ctx.actor, 'Contact', 'read', r)) out.contacts.set(r.id, contactName(r));
    }
  }
  if (accountIds.length) {
    const rows = await ctx.db.select().from(accounts).where(inArray(accounts.id, accountIds));
    for (const r of rows) {
      if (canOnRecord(ctx.actor, 'Account', 'read', r)) out.accounts.set(r.id, r.name);
    }
  }
  return out;
}
