import type { RespondFn } from '@slack/bolt';
import { withActor } from '../../server/domain/context';
import { whoAmI } from '../../server/domain/users/who-am-i';
import type { BotDeps } from '../deps';
import { howToLink, identify } from '../identity';
import { COMMANDS } from '../manifest';

/** `/crm help`: every command with its usage, from the manifest. */
export function crmHelpText() {
  return [
    '*CRM commands*',
    ...COMMANDS.map((c) => `• \`${c.command}\` ${c.description}: \`${c.usage_hint}\``),
    'Message shortcuts (⋯ on a message): *Send to customer*, *Internal note*, *Create case from message*.',
  ].join('\n');
}

/** `/crm whoami`: link status and roles, or how to get linked. */
export async function crmWhoami(
  deps: BotDeps,
  args: { userId: string; client: Parameters<typeof identify>[1]; respond: RespondFn },
) {
  const { actor, profile } = await identify(deps.services, args.client, args.userId, deps.log);
  if (!actor) {
    await args.respond({
      response_type: 'ephemeral',
      text: howToLink(args.userId, deps.publicUrl, profile?.email),
    });
    return;
  }
  const me = await whoAmI(withActor(deps.services, actor));
  const creates = Object.entries(me.permissions.entities)
    .filter(([, p]) => p.create === 'yes')
    .map(([e]) => e);
  await args.respond({
    response_type: 'ephemeral',
    text: [
      `You act as *${me.user.name}* (${me.user.emailAddress}) in the CRM.`,
      me.permissions.isAdmin ? 'You are an *admin*.' : `Teams: ${me.user.teamsIds.length}.`,
      `You can create: ${creates.length ? creates.join(', ') : 'nothing'}.`,
    ].join('\n'),
  });
}
