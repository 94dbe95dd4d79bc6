import { assignmentAhead } from '../assignment/assign-new-record';
import { caseIdFromMessageId, caseNumberFromSubject } from '../cases/case-token';
import type { Ctx } from '../context';
import { automaticReason } from './detect-automatic';
import { inboundMailboxes, ourMailOf, routingMailbox } from './inbound-mailboxes';
import { threadCaseOf, threadIds } from './match-case';
import type { ParsedEmail } from './parse-email';
import { readBounce } from './read-bounce';
import type { RoutableEmail, RoutingPlan } from './route-email';

/**
 * Whether the message plainly opens a new case: not a bounce, not automatic, from someone, naming
 * no stored e-mail of a case, none of our signed Message-IDs and no `[#n]` tag, and its mailbox
 * opens cases. A cheap read; the routing transaction decides again with its full rules.
 */
async function plainlyNew(
  ctx: Ctx,
  email: RoutableEmail,
  parsed: ParsedEmail,
  plan: RoutingPlan,
): Promise<{ emailAccountId: string | null } | null> {
  if (!parsed.from || readBounce(parsed, email.raw, email.messageId ?? '')) return null;
  if (automaticReason(parsed.headers, parsed.from, ourMailOf(plan.mailboxes))) return null;
  // PostgreSQL text cannot hold NUL: such an id matches nothing stored (the routing rejects it).
  const ids = threadIds(parsed).filter((id) => !id.includes('\u0000'));
  if (ids.some((id) => caseIdFromMessageId(id))) return null;
  if (ids.length) {
    // Read once: the routing transaction reuses it (matchCase) instead of asking again.
    plan.threadCase = await threadCaseOf(ctx, ids, email.id);
    if (plan.threadCase.caseId) return null;
  }
  if (caseNumberFromSubject(parsed.subject) !== null) return null;
  const { mailbox } = routingMailbox(plan.mailboxes, email.emailAccountId, parsed);
  if (mailbox && !mailbox.createCase) return null;
  // A mailbox without a distribution of its own leaves it to the Case rule: no need to read it again.
  return { emailAccountId: mailbox?.caseDistribution ? mailbox.id : null };
}

/**
 * What routing needs that is read or decided before its transaction starts (run outside any
 * transaction by ingest): the mailboxes, and for a message that plainly opens a new case the
 * assignee, its Round-Robin turn taken and committed in a short transaction of its own. The rule
 * or mailbox row is then locked for that choice only, not for the whole routing, so new cases no
 * longer queue behind each other. If the routing finds a reply after all, the turn goes unused
 * (the next one follows it, none is handed out twice); Least-Busy still chooses inside the
 * routing (assignmentAhead).
 */
export async function routeAhead(
  ctx: Ctx,
  email: RoutableEmail,
  parsed: ParsedEmail,
): Promise<RoutingPlan> {
  const plan: RoutingPlan = { mailboxes: await inboundMailboxes(ctx) };
  const fresh = await plainlyNew(ctx, email, parsed, plan);
  if (fresh) plan.assignee = await assignmentAhead(ctx, 'Case', fresh);
  return plan;
}
