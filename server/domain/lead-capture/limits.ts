import type { Db } from '../context';
import { createLimiter } from '../shared/rate-limit';

/** Public forms are spam targets: each client gets a few posts per minute, each key an hourly cap. */
export const LEAD_CAPTURE_LIMITS = {
  perClientPerKey: { points: 30, seconds: 60 },
  perKey: { points: 600, seconds: 60 * 60 },
} as const;

const MESSAGE = 'Too many submissions; please try again later.';

/** Counts one submission (whatever becomes of it); throws TooMany with the wait when over. */
export async function consumeCaptureQuota(db: Db, keyId: string, clientAddress: string) {
  const { perClientPerKey, perKey } = LEAD_CAPTURE_LIMITS;
  const byClient = createLimiter(
    db,
    'lead-capture-client',
    perClientPerKey.points,
    perClientPerKey.seconds,
  );
  const byKey = createLimiter(db, 'lead-capture-key', perKey.points, perKey.seconds);
  await byClient.consume(`${keyId}:${clientAddress}`, MESSAGE);
  await byKey.consume(keyId, MESSAGE);
}
