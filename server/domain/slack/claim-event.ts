import { lt } from 'drizzle-orm';
import { slackEvents } from '../../../db/schema';
import type { Services } from '../context';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Marks a Slack delivery (event_id or trigger_id) as handled. True the first time; false for a
 * retry of a delivery already claimed, which must then not be processed again.
 */
export async function claimSlackEvent(
  services: Services,
  delivery: { id: string; kind: string },
): Promise<boolean> {
  const now = services.clock.now();
  const rows = await services.db
    .insert(slackEvents)
    .values({ id: delivery.id, kind: delivery.kind, receivedAt: now })
    .onConflictDoNothing()
    .returning({ id: slackEvents.id });
  // Now and then, forget deliveries Slack can no longer retry.
  if (rows.length && Math.random() < 0.002) {
    await services.db.delete(slackEvents).where(lt(slackEvents.receivedAt, new Date(+now - DAY)));
  }
  return rows.length > 0;
}
