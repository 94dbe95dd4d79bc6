import type { Ctx } from '../context';
import { TooMany } from '../errors';
import { createLimiter } from '../shared/rate-limit';

/** email.md, Flood control: per sender, new cases and acknowledgements. */
export const INBOUND_LIMITS = {
  newCasesPerSender: { points: 20, seconds: 60 * 60 },
  acknowledgementsPerSender: { points: 5, seconds: 2 * 60 * 60 },
} as const;

/**
 * Counts one event for a sender in fixed windows of `ctx.clock` (the limiter's store expires rows
 * on its own clock; the window in the key makes replay after the window, and tests, follow ours).
 * Called inside the routing transaction, so a message that ends up quarantined counts nothing.
 */
async function consume(
  ctx: Ctx,
  prefix: string,
  limit: { points: number; seconds: number },
  sender: string,
  message: string,
) {
  const window = Math.floor(ctx.clock.now().getTime() / (limit.seconds * 1000));
  const limiter = createLimiter(ctx.db, prefix, limit.points, limit.seconds);
  await limiter.consume(`${sender.toLowerCase()}:${window}`, message);
}

export const TOO_MANY_CASES = 'Too many new cases from this sender';

/** One new case for this sender; throws TooMany past the limit. */
export const consumeNewCaseQuota = (ctx: Ctx, sender: string) =>
  consume(ctx, 'inbound-case', INBOUND_LIMITS.newCasesPerSender, sender, TOO_MANY_CASES);

/** One acknowledgement for this sender; false when the sender had enough of them. */
export async function consumeAcknowledgementQuota(ctx: Ctx, sender: string): Promise<boolean> {
  try {
    await consume(
      ctx,
      'inbound-ack',
      INBOUND_LIMITS.acknowledgementsPerSender,
      sender,
      'Too many acknowledgements to this sender',
    );
    return true;
  } catch (e) {
    if (e instanceof TooMany) return false;
    throw e;
  }
}
