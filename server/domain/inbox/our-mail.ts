import { emailAccounts } from '../../../db/schema';
import type { Ctx } from '../context';
import { mailIdentity } from '../outbox/mail-identity';
import type { OurMail } from './detect-automatic';

/** Our own addresses (MAIL_FROM and every mailbox) and Message-ID domain: mail from them is a loop. */
export async function ourMail(ctx: Ctx): Promise<OurMail> {
  const identity = mailIdentity();
  const boxes = await ctx.db.select({ address: emailAccounts.emailAddress }).from(emailAccounts);
  return {
    addresses: [identity.fromAddress, ...boxes.map((b) => b.address.toLowerCase())],
    messageIdDomain: identity.messageIdDomain,
  };
}
