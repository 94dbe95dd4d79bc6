import type { App } from '@slack/bolt';
import { errorReply, textMessage } from '../actions/error-reply';
import { quoteCardMessage, quoteList, resolveQuote } from '../actions/quote-ops';
import { openSession } from '../actions/session';
import type { BotDeps } from '../deps';
import type { Message } from '../views/block-kit';
import { usageMessage } from '../views/usage';
import { parseQuoteCommand } from './parse-quote';
import { ephemeral } from './reply';

/** `/quote list [mine] | show Q-00001` (slack.md, Commands); `/deal quote D-7` is in /deal. */
export function registerQuoteCommand(app: App, deps: BotDeps) {
  app.command('/quote', async ({ command, ack, respond, client }) => {
    await ack();
    const session = await openSession(deps, client, command.user_id);
    const { s, ctx } = session;
    const say = (m: Message) => ephemeral(respond, m);
    const parsed = parseQuoteCommand(command.text ?? '');
    if (parsed.kind === 'help') return void (await say(usageMessage('/quote', s)));
    if (parsed.kind === 'usage') return void (await say(usageMessage('/quote', s, parsed.problem)));
    if (!ctx) return void (await say(textMessage(session.howToLink)));
    try {
      if (parsed.kind === 'list') {
        await say(await quoteList(ctx, s, deps.publicUrl, parsed.mine));
        return;
      }
      const found = await resolveQuote(ctx, s, parsed.ref);
      if ('reply' in found) return void (await say(found.reply));
      await say(await quoteCardMessage(ctx, s, deps.publicUrl, found.quote));
    } catch (e) {
      await say(errorReply(e, s, deps.log, s.m.quote));
    }
  });
}
