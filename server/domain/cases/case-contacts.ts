import { eq, inArray } from 'drizzle-orm';
import { caseContacts } from '../../../db/schema';
import type { Ctx } from '../context';

/** The case's further contacts, per case id. */
export async function loadCaseContacts(ctx: Ctx, caseIds: string[]) {
  const out = new Map<string, string[]>();
  if (!caseIds.length) return out;
  const rows = await ctx.db
    .select()
    .from(caseContacts)
    .where(inArray(caseContacts.caseId, caseIds));
  for (const r of rows) out.set(r.caseId, [...(out.get(r.caseId) ?? []), r.contactId]);
  return out;
}

/**
 * Replaces the case's contacts (the primary one is always among them). A case created in the same
 * transaction (`fresh`) has none to remove.
 */
export async function saveCaseContacts(
  ctx: Ctx,
  caseId: string,
  contactIds: string[],
  fresh = false,
) {
  if (!fresh) await ctx.db.delete(caseContacts).where(eq(caseContacts.caseId, caseId));
  const unique = [...new Set(contactIds)];
  if (unique.length) {
    await ctx.db.insert(caseContacts).values(unique.map((contactId) => ({ caseId, contactId })));
  }
}

/** Adds one contact to a case (someone new on the e-mail thread); nothing if already there. */
export async function addCaseContact(ctx: Ctx, caseId: string, contactId: string) {
  await ctx.db.insert(caseContacts).values({ caseId, contactId }).onConflictDoNothing();
}
