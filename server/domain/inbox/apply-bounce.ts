import { and, eq, inArray, ne } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import type { Ctx } from '../context';
import { onEmailSettled } from '../outbox/email-settled';
import type { Bounce } from './read-bounce';

/**
 * A bounce of mail we sent (email.md, Routing 1): that outbound e-mail becomes `Failed` with the
 * receiving server's reason, and whoever sent it from Slack sees ⚠️ on their message. A delay
 * warning changes nothing. Returns how many of our e-mails the bounce is about.
 */
export async function applyBounce(ctx: Ctx, bounce: Bounce): Promise<number> {
  if (!bounce.originalIds.length) return 0;
  const ours = await ctx.db
    .select({ id: emails.id, status: emails.status })
    .from(emails)
    .where(and(eq(emails.direction, 'out'), inArray(emails.messageId, bounce.originalIds)));
  if (!bounce.final) return ours.length;
  for (const email of ours.filter((e) => e.status !== 'Failed')) {
    await ctx.db
      .update(emails)
      .set({
        status: 'Failed',
        error: `Bounced: ${bounce.diagnostic}`,
        modifiedAt: ctx.clock.now(),
      })
      .where(and(eq(emails.id, email.id), ne(emails.status, 'Failed')));
    await onEmailSettled(ctx, email.id);
  }
  return ours.length;
}
