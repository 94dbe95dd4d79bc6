import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Message } from '../views/block-kit';

/**
 * After a modal closes there is no response_url of its own: answer through the slash command's
 * (kept in the modal's metadata; Slack honours it for 30 minutes), else in the app's DM.
 */
export async function sendAfterModal(
  client: WebClient,
  log: Logger,
  target: { responseUrl?: string; slackUserId: string },
  m: Message,
) {
  if (target.responseUrl) {
    try {
      const res = await fetch(target.responseUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, ...m }),
      });
      if (res.ok) return;
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'response_url failed; answering in the DM');
    }
  }
  await client.chat.postMessage({ channel: target.slackUserId, text: m.text, blocks: m.blocks });
}
