import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimits } from '../../../db/schema';
import type { Db } from '../context';
import { TooMany } from '../errors';

/**
 * Limits kept in PostgreSQL, so every process of the deployment counts the same attempts
 * (rate-limiter-flexible's Drizzle store).
 */
export function createLimiter(db: Db, keyPrefix: string, points: number, durationSeconds: number) {
  const limiter = new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimits,
    keyPrefix,
    points,
    duration: durationSeconds,
    clearExpiredByTimeout: false,
  });
  return {
    /** Counts one attempt; throws TooMany when the key is over its limit. */
    async consume(key: string, message: string): Promise<void> {
      try {
        await limiter.consume(key);
      } catch (e) {
        if (e instanceof RateLimiterRes) {
          throw new TooMany(message, Math.ceil(e.msBeforeNext / 1000));
        }
        throw e;
      }
    },
    async isBlocked(key: string): Promise<number> {
      const r = await limiter.get(key);
      return r && r.consumedPoints >= points ? Math.ceil(r.msBeforeNext / 1000) : 0;
    },
    reset: (key: string) => limiter.delete(key),
  };
}
