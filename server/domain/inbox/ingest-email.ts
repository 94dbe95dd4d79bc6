import type { EmailSource, EmailStatus } from '../../../db/schema/mail';
import type { Ctx } from '../context';
import { processInboundEmail } from './process-inbound-email';
import { storeInboundEmail } from './store-inbound-email';

export interface IngestResult {
  emailId: string;
  status: EmailStatus;
  duplicate: boolean;
  caseId: string | null;
}

/**
 * The one inbound pipeline (email.md: IMAP, SMTP and the webhook all call it): stores the raw
 * message first, recognises a message already stored (same Message-ID), then parses and routes
 * it. `ctx.actor` is the system. Never throws for a bad message (it ends `Quarantined`); throws
 * only when the database cannot be reached, so the transport keeps the message and retries.
 */
export async function ingestEmail(
  ctx: Ctx,
  input: {
    raw: Buffer;
    source: EmailSource;
    emailAccountId?: string | null;
    envelopeTo?: string[];
  },
): Promise<IngestResult> {
  const stored = await storeInboundEmail(ctx, input);
  if (stored.duplicate) {
    return { emailId: stored.id, status: stored.status, duplicate: true, caseId: stored.caseId };
  }
  const outcome = await processInboundEmail(ctx, stored.id, {
    raw: input.raw,
    messageId: stored.messageId,
    emailAccountId: input.emailAccountId ?? null,
  });
  return { emailId: stored.id, status: outcome.status, duplicate: false, caseId: outcome.caseId };
}
