import { type KnownCaseMail, queueCaseReply } from '../case-mail/queue-case-reply';
import type { Ctx } from '../context';
import { consumeAcknowledgementQuota } from './inbound-limits';
import { settleEmail } from './settle-email';

/**
 * The acknowledgement of a new case (mailbox autoReply), at most 5 per sender per 2 hours (the
 * counter is taken first, as when it was queued with the case), queued in a transaction of its
 * own once the case is committed: the routing transaction (and the
 * Round-Robin turn before it) never waits for the template rendering. The outbound e-mail and its
 * `mail.send` job are written together, so a queued acknowledgement is sent; a process that stops
 * between the case's commit and this one leaves the case without one (docs/support-desk.md).
 * A broken template must not cost the customer their case: the failure is kept on the inbound
 * e-mail's `error` for an admin to see. Returns that error, or null.
 */
export async function acknowledgeNewCase(
  ctx: Ctx,
  ack: {
    emailId: string;
    caseId: string;
    sender: string;
    templateId: string | null;
    known: KnownCaseMail;
  },
): Promise<string | null> {
  if (!(await consumeAcknowledgementQuota(ctx, ack.sender))) return null;
  try {
    // Its own transaction (a savepoint when the caller has one: the sweeper).
    await queueCaseReply(
      ctx,
      { caseId: ack.caseId, kind: 'acknowledgement', templateId: ack.templateId, body: '' },
      ack.known,
    );
    return null;
  } catch (e) {
    const error = `Acknowledgement not sent: ${e instanceof Error ? e.message : String(e)}`;
    await settleEmail(ctx, ack.emailId, 'Imported', {
      caseId: ack.caseId,
      error: error.slice(0, 500),
    });
    return error;
  }
}
