import type { WebClient } from '@slack/web-api';
import type { Actor } from '../../server/domain/access/actor';
import { type Ctx, withActor } from '../../server/domain/context';
import type { BotDeps } from '../deps';
import { type Speech, speechFor } from '../i18n';
import { speechOf } from '../i18n/user-speech';
import { identify } from '../identity';

/** One Slack member for one request: their language and, when linked, their domain context. */
export interface Session {
  slackUserId: string;
  s: Speech;
  actor: Actor | null;
  ctx: Ctx | null;
  /** What to tell an unlinked member, in their language. */
  howToLink: string;
}

export async function openSession(
  deps: BotDeps,
  client: WebClient,
  slackUserId: string,
): Promise<Session> {
  const who = await identify(deps.services, client, slackUserId, deps.log);
  // identify() fetches the profile (with the locale) only for members not linked yet.
  const s = who.profile ? speechFor(who.profile.locale) : await speechOf(client, slackUserId);
  const usersUrl = `${deps.publicUrl.replace(/\/+$/, '')}/admin/#/users`;
  return {
    slackUserId,
    s,
    actor: who.actor,
    ctx: who.actor ? withActor(deps.services, who.actor) : null,
    howToLink: s.m.notLinked(slackUserId, usersUrl),
  };
}
