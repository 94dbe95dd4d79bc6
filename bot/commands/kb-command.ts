import type { App } from '@slack/bolt';
import { searchPublishedArticles } from '../../server/domain/kb/search-articles';
import { resolveCase } from '../actions/case-ops';
import { errorReply, textMessage } from '../actions/error-reply';
import { openSession } from '../actions/session';
import type { BotDeps } from '../deps';
import type { Message } from '../views/block-kit';
import { toCaseData } from '../views/case-card';
import { type KbCase, kbListMessage } from '../views/kb-list';
import { usageMessage } from '../views/usage';
import { parseKbCommand } from './parse-kb';
import { ephemeral } from './reply';

/**
 * `/kb <words> [#123]` (slack.md, Commands): the published articles about the words; with a case,
 * each one can be sent in the reply to that case's customer.
 */
export function registerKbCommand(app: App, deps: BotDeps) {
  app.command('/kb', async ({ command, ack, respond, client }) => {
    await ack();
    const session = await openSession(deps, client, command.user_id);
    const { s, ctx } = session;
    const say = (m: Message) => ephemeral(respond, m);
    const parsed = parseKbCommand(command.text ?? '');
    if (parsed.kind === 'help') return void (await say(usageMessage('/kb', s)));
    if (parsed.kind === 'usage') return void (await say(usageMessage('/kb', s, parsed.problem)));
    if (!ctx) return void (await say(textMessage(session.howToLink)));
    try {
      let target: KbCase | null = null;
      if (parsed.caseRef) {
        const found = await resolveCase(ctx, s, parsed.caseRef);
        if ('reply' in found) return void (await say(found.reply));
        const c = toCaseData(found.record);
        target = { id: c.id, number: c.number };
      }
      const hits = await searchPublishedArticles(ctx, parsed.words, 5);
      await say(kbListMessage(parsed.words, hits, target, s, deps.publicUrl));
    } catch (e) {
      await say(errorReply(e, s, deps.log, s.m.case.what));
    }
  });
}
