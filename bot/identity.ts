import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Actor } from '../server/domain/access/actor';
import type { Services } from '../server/domain/context';
import { resolveSlackActor } from '../server/domain/users/slack-identity';

export interface SlackProfile {
  email?: string;
  locale?: string;
  name?: string;
}

export interface SlackIdentity {
  slackUserId: string;
  /** The CRM user this Slack member acts as; null when unlinked (then change nothing). */
  actor: Actor | null;
  /** Fetched with users.info only when the member was not linked yet. */
  profile?: SlackProfile;
}

/** users.info (scope users:read.email) → e-mail and locale; undefined when Slack says no. */
export async function fetchSlackProfile(
  client: WebClient,
  slackUserId: string,
  log?: Logger,
): Promise<SlackProfile | undefined> {
  try {
    const res = await client.users.info({ user: slackUserId, include_locale: true });
    const user = res.user as
      | { locale?: string; real_name?: string; profile?: { email?: string; real_name?: string } }
      | undefined;
    return {
      email: user?.profile?.email || undefined,
      locale: user?.locale,
      name: user?.profile?.real_name ?? user?.real_name,
    };
  } catch (err) {
    log?.warn({ slackUserId, err: (err as Error).message }, 'users.info failed');
    return undefined;
  }
}

/**
 * Slack member → CRM actor (slack.md, Identity): the user whose `slackUserId` an admin set (or an
 * earlier match stored), else the active user with the e-mail of the member's Slack profile, which
 * stores the link.
 */
export async function identify(
  services: Services,
  client: WebClient,
  slackUserId: string,
  log?: Logger,
): Promise<SlackIdentity> {
  const linked = await resolveSlackActor(services, { slackUserId });
  if (linked) return { slackUserId, actor: linked };
  const profile = await fetchSlackProfile(client, slackUserId, log);
  if (!profile?.email) return { slackUserId, actor: null, profile };
  const actor = await resolveSlackActor(services, { slackUserId, email: profile.email });
  return { slackUserId, actor, profile };
}

/** The ephemeral text an unlinked member gets instead of any change. */
export function howToLink(slackUserId: string, publicUrl: string, email?: string) {
  const reason = email
    ? `No active CRM user has your Slack e-mail (${email}), or that user is linked to another Slack account.`
    : 'Your Slack profile shows no e-mail address the CRM can match.';
  return [
    ':link: *Your Slack account is not linked to a CRM user yet*, so nothing was changed.',
    reason,
    `To get linked, either ask a CRM admin to set your Slack ID \`${slackUserId}\` on your user in ${publicUrl}/admin/#/users, ` +
      'or ask them to make your CRM e-mail the same as your Slack e-mail; then try again.',
  ].join('\n');
}
