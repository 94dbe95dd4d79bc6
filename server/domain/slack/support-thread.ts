import { caseByCardMessage } from '../cases/case-by-card';
import type { Ctx } from '../context';
import { isSupportChannel, type SupportMode, supportModeOf } from './support-mode';

/** A Slack thread that is a case's stream: which case, and what replies there mean by default. */
export interface SupportThread {
  caseId: string;
  mode: SupportMode;
}

/**
 * The case whose card starts this thread (`channel` + the thread's parent `threadTs`), in a
 * support channel (one that follows cases); null for any other thread or channel, which the bot
 * then leaves alone. Reading the case is left to the caller, with the member's roles.
 */
export async function supportThread(
  ctx: Ctx,
  channel: string,
  threadTs: string | undefined,
): Promise<SupportThread | null> {
  if (!threadTs) return null;
  const caseId = await caseByCardMessage(ctx, channel, threadTs);
  if (!caseId || !(await isSupportChannel(ctx, channel))) return null;
  return { caseId, mode: await supportModeOf(ctx, channel) };
}
