import type { WebClient } from '@slack/web-api';
import { type Speech, speechFor } from './index';

/**
 * The language of a Slack member, from `users.info` (`include_locale`): slash commands and
 * most interactions do not carry it. English when Slack cannot tell.
 */
export async function speechOf(client: WebClient, slackUserId: string): Promise<Speech> {
  try {
    const info = await client.users.info({ user: slackUserId, include_locale: true });
    return speechFor(info.user?.locale);
  } catch {
    return speechFor(null);
  }
}
