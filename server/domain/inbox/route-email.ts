import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { emailAccounts, emails } from '../../../db/schema';
import type { Ctx } from '../context';
import { addReplyToCase } from './add-reply-to-case';
import { applyBounce } from './apply-bounce';
import { automaticReason } from './detect-automatic';
import { matchCase } from './match-case';
import { openCaseFromEmail } from './open-case-from-email';
import { ourMail } from './our-mail';
import type { ParsedEmail } from './parse-email';
import { readBounce } from './read-bounce';
import { type InboundOutcome, settleEmail, Unroutable } from './settle-email';

export interface RoutableEmail {
  id: string;
  messageId: string | null;
  emailAccountId: string | null;
  raw: Buffer;
}

/**
 * The mailbox whose settings route the message: the one it came in through (IMAP, SMTP), else an
 * active mailbox it was addressed to (a provider's webhook), which the e-mail then records.
 */
async function mailboxOf(ctx: Ctx, email: RoutableEmail, parsed: ParsedEmail) {
  if (email.emailAccountId) {
    const [box] = await ctx.db
      .select()
      .from(emailAccounts)
      .where(eq(emailAccounts.id, email.emailAccountId));
    return box ?? null;
  }
  const addresses = [...parsed.to, ...parsed.cc].map((a) => a.toLowerCase());
  if (!addresses.length) return null;
  const [box] = await ctx.db
    .select()
    .from(emailAccounts)
    .where(
      and(
        inArray(sql`lower(${emailAccounts.emailAddress})`, addresses),
        eq(emailAccounts.status, 'Active'),
      ),
    )
    .orderBy(asc(emailAccounts.createdAt))
    .limit(1);
  if (box) {
    await ctx.db.update(emails).set({ emailAccountId: box.id }).where(eq(emails.id, email.id));
  }
  return box ?? null;
}

/**
 * Where an inbound message goes (email.md, Routing an inbound message), in one transaction:
 * a bounce of our mail fails that e-mail; automatic mail is kept as `Ignored`; a reply joins its
 * case; anything else opens a case when the mailbox (if any) creates cases.
 */
export async function routeEmail(
  ctx: Ctx,
  email: RoutableEmail,
  parsed: ParsedEmail,
): Promise<InboundOutcome> {
  const bounce = readBounce(parsed, email.raw, email.messageId ?? '');
  if (bounce && (await applyBounce(ctx, bounce))) {
    const error = bounce.final
      ? `Bounce: ${bounce.diagnostic}`
      : `Delivery delayed (warning only): ${bounce.diagnostic}`;
    return settleEmail(ctx, email.id, 'Ignored', { error: error.slice(0, 500) });
  }
  const automatic = automaticReason(parsed.headers, parsed.from, await ourMail(ctx));
  if (automatic) {
    return settleEmail(ctx, email.id, 'Ignored', { error: `Automatic mail: ${automatic}` });
  }
  if (!parsed.from) throw new Unroutable('No sender address');

  const found = await matchCase(ctx, parsed, email.id);
  if (found) return addReplyToCase(ctx, found, email, parsed);

  const mailbox = await mailboxOf(ctx, email, parsed);
  if (mailbox && !mailbox.createCase) {
    return settleEmail(ctx, email.id, 'Ignored', {
      error: `The mailbox ${mailbox.emailAddress} does not open cases.`,
    });
  }
  return openCaseFromEmail(ctx, email, parsed, mailbox ?? null);
}
