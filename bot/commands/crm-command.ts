import type { App } from '@slack/bolt';
import { inTransaction } from '../../server/domain/context';
import { Invalid } from '../../server/domain/errors';
import {
  channelFollows,
  followChannel,
  unfollowChannel,
} from '../../server/domain/notify/channel-follows';
import {
  isSupportChannel,
  setSupportMode,
  supportModeOf,
} from '../../server/domain/slack/support-mode';
import { setAutoFollow } from '../../server/domain/stream/follows';
import { errorReply, textMessage } from '../actions/error-reply';
import { openSession } from '../actions/session';
import type { BotDeps } from '../deps';
import type { Message } from '../views/block-kit';
import { usageMessage } from '../views/usage';
import { crmHelpText, crmWhoami } from './crm-basic';
import { parseCrmCommand } from './parse-crm';
import { ephemeral } from './reply';

/**
 * `/crm follow|unfollow leads|deals|cases`, `/crm following` (this channel's follows),
 * `/crm support-mode [internal|public]` (a support channel's default for thread replies),
 * `/crm autofollow leads|deals|cases [off]` (the user's own), `/crm whoami`, `/crm help`
 * (slack.md, Commands). Following a channel is announced to the channel; the rest is ephemeral.
 */
export function registerCrmCommand(app: App, deps: BotDeps) {
  app.command('/crm', async ({ command, ack, respond, client }) => {
    await ack();
    const parsed = parseCrmCommand(command.text ?? '');
    if (parsed.kind === 'help') {
      await respond({ response_type: 'ephemeral', text: crmHelpText() });
      return;
    }
    if (parsed.kind === 'whoami') {
      await crmWhoami(deps, { userId: command.user_id, client, respond });
      return;
    }
    const session = await openSession(deps, client, command.user_id);
    const { s, ctx } = session;
    const say = (m: Message) => ephemeral(respond, m);
    if (parsed.kind === 'usage') return void (await say(usageMessage('/crm', s, parsed.problem)));
    if (!ctx) return void (await say(textMessage(session.howToLink)));
    const channelId = command.channel_id;
    const who = `<@${command.user_id}>`;
    try {
      switch (parsed.kind) {
        case 'following': {
          const types = await channelFollows(ctx, channelId);
          const names = types.map((t) => s.m.followTypes[t] ?? t);
          await say(
            textMessage(names.length ? s.m.followingList(names.join(', ')) : s.m.followingNone),
          );
          return;
        }
        case 'follow': {
          const what = s.m.followTypes[parsed.entityType] ?? parsed.entityType;
          const added = await inTransaction(ctx, (tx) =>
            followChannel(tx, { channelId, entityType: parsed.entityType, locale: s.locale }),
          );
          if (!added) return void (await say(textMessage(s.m.followAlready(what))));
          const text = s.m.followOn(what, who);
          await respond({ response_type: 'in_channel', text });
          return;
        }
        case 'unfollow': {
          const what = s.m.followTypes[parsed.entityType] ?? parsed.entityType;
          const removed = await unfollowChannel(ctx, { channelId, entityType: parsed.entityType });
          if (!removed) return void (await say(textMessage(s.m.unfollowNot(what))));
          await respond({ response_type: 'in_channel', text: s.m.unfollowOn(what, who) });
          return;
        }
        case 'supportMode': {
          if (!parsed.mode) {
            if (!(await isSupportChannel(ctx, channelId))) {
              return void (await say(textMessage(s.m.case.notSupportChannel)));
            }
            const mode = await supportModeOf(ctx, channelId);
            await say(textMessage(s.m.case.supportModeIs(s.m.case.supportModeName[mode] ?? mode)));
            return;
          }
          const name = s.m.case.supportModeName[parsed.mode] ?? parsed.mode;
          let changed: boolean;
          try {
            changed = await setSupportMode(ctx, channelId, parsed.mode);
          } catch (e) {
            if (!(e instanceof Invalid) || !e.errors.channel) throw e;
            return void (await say(textMessage(s.m.case.notSupportChannel)));
          }
          if (!changed) return void (await say(textMessage(s.m.case.supportModeSame(name))));
          // Everyone replying in the channel's threads must know what their replies now do.
          await respond({ response_type: 'in_channel', text: s.m.case.supportModeSet(name, who) });
          return;
        }
        case 'autofollow': {
          const what = s.m.followTypes[parsed.entityType] ?? parsed.entityType;
          await setAutoFollow(ctx, ctx.actor.id!, parsed.entityType, parsed.on);
          await say(textMessage(parsed.on ? s.m.autofollowOn(what) : s.m.autofollowOff(what)));
          return;
        }
      }
    } catch (e) {
      await say(errorReply(e, s, deps.log));
    }
  });
}
