import { eq } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import type { EmailStatus } from '../../../db/schema/mail';
import type { KnownCaseMail } from '../case-mail/queue-case-reply';
import type { Ctx } from '../context';

/** Where an inbound e-mail ended up: what `ingestEmail`, replay and the sweeper report. */
export interface InboundOutcome {
  status: EmailStatus;
  caseId: string | null;
  error: string | null;
}

/** Records where an inbound e-mail ended up (the case it belongs to, or why it went nowhere). */
export async function settleEmail(
  ctx: Ctx,
  emailId: string,
  status: EmailStatus,
  outcome: { error?: string | null; caseId?: string | null } = {},
): Promise<InboundOutcome> {
  const caseId = outcome.caseId ?? null;
  const error = outcome.error ?? null;
  await ctx.db
    .update(emails)
    .set({
      status,
      error,
      parentType: caseId ? 'Case' : null,
      parentId: caseId,
      modifiedAt: ctx.clock.now(),
    })
    .where(eq(emails.id, emailId));
  return { status, caseId, error };
}

/**
 * Why a message could not be routed, in words an admin can act on (kept in `emails.error` with
 * status `Quarantined`, replayable once the cause is fixed).
 */
export class Unroutable extends Error {}

/**
 * Where routing sent a message, before it is written: the e-mail row gets it, with the parsed
 * fields, in one UPDATE at the end of the routing transaction (process-inbound-email.ts).
 */
export interface RoutedEmail extends InboundOutcome {
  /** The mailbox the message was addressed to (a provider's webhook), recorded on the e-mail. */
  emailAccountId?: string;
  /** A new case whose mailbox acknowledges: queued once the routing has committed. */
  acknowledge?: {
    caseId: string;
    sender: string;
    templateId: string | null;
    /** What the routing already read or wrote: the acknowledgement does not read it again. */
    known: KnownCaseMail;
  };
}

/** A routing decision, written later with the parsed fields. */
export const routed = (
  status: EmailStatus,
  outcome: { error?: string | null; caseId?: string | null } = {},
): RoutedEmail => ({ status, caseId: outcome.caseId ?? null, error: outcome.error ?? null });
