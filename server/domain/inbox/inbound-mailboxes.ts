import { emailAccounts } from '../../../db/schema';
import type { Ctx } from '../context';
import { mailIdentity } from '../outbox/mail-identity';
import type { OurMail } from './detect-automatic';
import type { ParsedEmail } from './parse-email';

/** What routing needs of a mailbox: its address and how it opens and acknowledges cases. */
export interface InboundMailbox {
  id: string;
  emailAddress: string;
  status: string;
  createCase: boolean;
  autoReply: boolean;
  replyTemplateId: string | null;
  caseDistribution: string | null;
  createdAt: Date;
}

/**
 * Every mailbox, read once per message (a handful of rows): both the loop check (our own
 * addresses) and the routing mailbox come from this one read.
 */
export async function inboundMailboxes(ctx: Ctx): Promise<InboundMailbox[]> {
  return ctx.db
    .select({
      id: emailAccounts.id,
      emailAddress: emailAccounts.emailAddress,
      status: emailAccounts.status,
      createCase: emailAccounts.createCase,
      autoReply: emailAccounts.autoReply,
      replyTemplateId: emailAccounts.replyTemplateId,
      caseDistribution: emailAccounts.caseDistribution,
      createdAt: emailAccounts.createdAt,
    })
    .from(emailAccounts);
}

/** Our own addresses (MAIL_FROM and every mailbox) and Message-ID domain: mail from them is a loop. */
export function ourMailOf(boxes: InboundMailbox[]): OurMail {
  const identity = mailIdentity();
  return {
    addresses: [identity.fromAddress, ...boxes.map((b) => b.emailAddress.toLowerCase())],
    messageIdDomain: identity.messageIdDomain,
  };
}

/**
 * The mailbox whose settings route the message: the one it came in through (IMAP, SMTP), else the
 * oldest active mailbox it was addressed to (a provider's webhook), which the e-mail then records.
 */
export function routingMailbox(
  boxes: InboundMailbox[],
  emailAccountId: string | null,
  parsed: ParsedEmail,
): { mailbox: InboundMailbox | null; addressed: boolean } {
  if (emailAccountId) {
    return { mailbox: boxes.find((b) => b.id === emailAccountId) ?? null, addressed: false };
  }
  const addresses = new Set([...parsed.to, ...parsed.cc].map((a) => a.toLowerCase()));
  const box = boxes
    .filter((b) => b.status === 'Active' && addresses.has(b.emailAddress.toLowerCase()))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
  return { mailbox: box ?? null, addressed: !!box };
}
