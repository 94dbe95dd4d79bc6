import { and, desc, eq, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { caseContacts, cases, contacts, emails } from '../../../db/schema';
import { caseIdFromMessageId, caseNumberFromSubject } from '../cases/case-token';
import type { CaseRow } from '../cases/case-type';
import type { Ctx } from '../context';
import type { ParsedEmail } from './parse-email';

async function caseWhere(ctx: Ctx, cond: ReturnType<typeof eq>): Promise<CaseRow | null> {
  const [row] = await ctx.db.select().from(cases).where(cond);
  return row ?? null;
}

/**
 * Whether `address` belongs on the case's thread: its contact or one of its contacts, the sender
 * of one of its e-mails, or someone on the To/Cc of one of them.
 */
async function wasOnThread(ctx: Ctx, c: CaseRow, address: string): Promise<boolean> {
  const a = address.toLowerCase();
  const [contact] = await ctx.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        sql`lower(${contacts.emailAddress}) = ${a}`,
        or(
          c.contactId ? eq(contacts.id, c.contactId) : undefined,
          inArray(
            contacts.id,
            ctx.db
              .select({ id: caseContacts.contactId })
              .from(caseContacts)
              .where(eq(caseContacts.caseId, c.id)),
          ),
        ),
      ),
    )
    .limit(1);
  if (contact) return true;
  const [email] = await ctx.db
    .select({ id: emails.id })
    .from(emails)
    .where(
      and(
        eq(emails.parentType, 'Case'),
        eq(emails.parentId, c.id),
        or(
          and(eq(emails.direction, 'in'), sql`lower(${emails.from}) = ${a}`),
          sql`exists (select 1 from unnest(${emails.to} || ${emails.cc}) r where lower(r) = ${a})`,
        ),
      ),
    )
    .limit(1);
  return !!email;
}

/**
 * The case a message replies to (email.md, Routing 2), or null:
 * 1. In-Reply-To/References naming an e-mail we stored (either way) that belongs to a case;
 * 2. one of our own signed Message-IDs among them (the token names the case);
 * 3. the subject tag `[#123]`, only from someone on that case's thread: a stranger who copies a
 *    tag opens a case of their own instead of writing into someone else's.
 */
export async function matchCase(
  ctx: Ctx,
  parsed: ParsedEmail,
  emailId: string,
  threadCase?: { caseId: string | null },
): Promise<CaseRow | null> {
  const ids = threadIds(parsed);
  if (ids.length) {
    // A case found ahead is used; none found ahead is asked again (its e-mail may have committed since).
    const known = threadCase?.caseId ? threadCase : await threadCaseOf(ctx, ids, emailId);
    const byThread = known.caseId ? await caseWhere(ctx, eq(cases.id, known.caseId)) : null;
    if (byThread) return byThread;
    for (const id of ids) {
      const caseId = caseIdFromMessageId(id);
      const byToken = caseId ? await caseWhere(ctx, eq(cases.id, caseId)) : null;
      if (byToken) return byToken;
    }
  }
  const number = caseNumberFromSubject(parsed.subject);
  if (number === null || !parsed.from) return null;
  const tagged = await caseWhere(ctx, eq(cases.number, number));
  return tagged && (await wasOnThread(ctx, tagged, parsed.from)) ? tagged : null;
}

/** The Message-IDs a message names (In-Reply-To, References), as routing reads them. */
export const threadIds = (parsed: ParsedEmail) =>
  [...new Set([parsed.inReplyTo, ...parsed.references])]
    .filter((i): i is string => !!i)
    .slice(0, 200);

/** The case of the latest stored e-mail (either way) among `ids`, other than this one. */
export async function threadCaseOf(
  ctx: Ctx,
  ids: string[],
  emailId: string,
): Promise<{ caseId: string | null }> {
  const [known] = await ctx.db
    .select({ caseId: emails.parentId })
    .from(emails)
    .where(
      and(
        inArray(emails.messageId, ids),
        eq(emails.parentType, 'Case'),
        isNotNull(emails.parentId),
        ne(emails.id, emailId),
      ),
    )
    .orderBy(desc(emails.createdAt))
    .limit(1);
  return { caseId: known?.caseId ?? null };
}
