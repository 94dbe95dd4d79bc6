import type { Ctx } from '../context';
import { addReplyToCase } from './add-reply-to-case';
import { applyBounce } from './apply-bounce';
import { automaticReason } from './detect-automatic';
import { type InboundMailbox, ourMailOf, routingMailbox } from './inbound-mailboxes';
import { matchCase } from './match-case';
import { openCaseFromEmail } from './open-case-from-email';
import type { ParsedEmail } from './parse-email';
import { readBounce } from './read-bounce';
import { type RoutedEmail, routed, Unroutable } from './settle-email';

export interface RoutableEmail {
  id: string;
  messageId: string | null;
  emailAccountId: string | null;
  raw: Buffer;
}

/** What was read before the routing transaction (route-ahead.ts). */
export interface RoutingPlan {
  mailboxes: InboundMailbox[];
  /** The case of a stored e-mail the message names, when that was read ahead (matchCase). */
  threadCase?: { caseId: string | null };
  /** The assignee of a new case, its turn already taken; absent: chosen while creating it. */
  assignee?: { userId: string | null };
}

/**
 * Where an inbound message goes (email.md, Routing an inbound message), in one transaction:
 * a bounce of our mail fails that e-mail; automatic mail is kept as `Ignored`; a reply joins its
 * case; anything else opens a case when the mailbox (if any) creates cases. Returns the outcome;
 * the caller writes it on the e-mail row with the parsed fields.
 */
export async function routeEmail(
  ctx: Ctx,
  email: RoutableEmail,
  parsed: ParsedEmail,
  plan: RoutingPlan,
): Promise<RoutedEmail> {
  const bounce = readBounce(parsed, email.raw, email.messageId ?? '');
  if (bounce && (await applyBounce(ctx, bounce))) {
    const error = bounce.final
      ? `Bounce: ${bounce.diagnostic}`
      : `Delivery delayed (warning only): ${bounce.diagnostic}`;
    return routed('Ignored', { error: error.slice(0, 500) });
  }
  const automatic = automaticReason(parsed.headers, parsed.from, ourMailOf(plan.mailboxes));
  if (automatic) return routed('Ignored', { error: `Automatic mail: ${automatic}` });
  if (!parsed.from) throw new Unroutable('No sender address');

  const found = await matchCase(ctx, parsed, email.id, plan.threadCase);
  if (found) return addReplyToCase(ctx, found, parsed, email.id);

  const { mailbox, addressed } = routingMailbox(plan.mailboxes, email.emailAccountId, parsed);
  const via = addressed && mailbox ? { emailAccountId: mailbox.id } : {};
  if (mailbox && !mailbox.createCase) {
    return {
      ...routed('Ignored', { error: `The mailbox ${mailbox.emailAddress} does not open cases.` }),
      ...via,
    };
  }
  return { ...(await openCaseFromEmail(ctx, email, parsed, mailbox, plan.assignee)), ...via };
}
