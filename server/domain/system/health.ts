import { sql } from 'drizzle-orm';
import type { Services } from '../context';

/** True when the database answers a trivial query within the time given. */
export async function databaseIsUp(services: Services, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const ping = services.db.execute(sql`select 1`).then(() => true as const);
    return await Promise.race([ping, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
