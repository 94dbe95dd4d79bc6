import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';

/** A message in a case thread, and who should hear about it. */
export interface ThreadSpot {
  channel: string;
  /** The message itself (it gets the reactions). */
  ts: string;
  /** The thread it is in (ephemeral answers appear there). */
  threadTs?: string;
  /** The Slack member to tell. */
  user: string;
}

/** An ephemeral line for one member, in the thread when there is one; a failure is only logged. */
export async function tellInThread(client: WebClient, log: Logger, spot: ThreadSpot, text: string) {
  try {
    await client.chat.postEphemeral({
      channel: spot.channel,
      user: spot.user,
      text,
      ...(spot.threadTs ? { thread_ts: spot.threadTs } : {}),
    });
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'ephemeral answer failed');
  }
}

/** A reaction on the message (🔒 kept, ⚠️ not done); `already_reacted` and failures are harmless. */
export async function react(client: WebClient, log: Logger, spot: ThreadSpot, name: string) {
  try {
    await client.reactions.add({ channel: spot.channel, timestamp: spot.ts, name });
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code !== 'already_reacted') log.warn({ err: (err as Error).message }, 'reaction failed');
  }
}

/** slack.md: never silent. ⚠️ on the message and an ephemeral line saying why. */
export async function warnInThread(client: WebClient, log: Logger, spot: ThreadSpot, why: string) {
  await react(client, log, spot, 'warning');
  await tellInThread(client, log, spot, why);
}
