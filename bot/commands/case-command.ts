import type { App } from '@slack/bolt';
import { listCases } from '../../server/domain/cases/case-queries';
import type { Ctx } from '../../server/domain/context';
import { caseCardMessage, caseLook, resolveCase } from '../actions/case-ops';
import { errorReply, textMessage } from '../actions/error-reply';
import { openSession } from '../actions/session';
import type { BotDeps } from '../deps';
import type { Speech } from '../i18n';
import type { Message } from '../views/block-kit';
import { toCaseData } from '../views/case-card';
import { caseListMessage } from '../views/case-list';
import { LIST_LIMIT } from '../views/lists';
import { newCaseModal } from '../views/new-case-modal';
import { usageMessage } from '../views/usage';
import { type CaseListFilter, parseCaseCommand } from './parse-case';
import { ephemeral } from './reply';

const listFilter = (filter: CaseListFilter, me: string | null): Record<string, unknown> =>
  filter === 'mine' ? { assignedUserId: me, open: true } : filter === 'open' ? { open: true } : {};

/** `/case list`: latest activity first (streamUpdatedAt: every note and e-mail bumps it). */
async function caseList(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  filter: CaseListFilter,
): Promise<Message> {
  const r = await listCases(ctx, {
    filter: listFilter(filter, ctx.actor.id),
    sort: ['streamUpdatedAt', 'DESC'],
    range: [0, LIST_LIMIT - 1],
  });
  const cases = r.data.map(toCaseData);
  const look = await caseLook(ctx, cases);
  const title = s.m.case.listTitle[filter] ?? s.m.case.listTitle.all!;
  return caseListMessage(title, cases, r.total, look, s, publicUrl);
}

/** `/case`, `/case new <subject>`, `/case list [mine|open|all]`, `/case show #123` (slack.md). */
export function registerCaseCommand(app: App, deps: BotDeps) {
  app.command('/case', async ({ command, ack, respond, client }) => {
    await ack();
    const session = await openSession(deps, client, command.user_id);
    const { s, ctx } = session;
    const say = (m: Message) => ephemeral(respond, m);
    const parsed = parseCaseCommand(command.text ?? '');
    if (parsed.kind === 'help') return void (await say(usageMessage('/case', s)));
    if (parsed.kind === 'usage') return void (await say(usageMessage('/case', s, parsed.problem)));
    if (!ctx) return void (await say(textMessage(session.howToLink)));
    try {
      switch (parsed.kind) {
        case 'modal': {
          const meta = { responseUrl: command.response_url, channelId: command.channel_id };
          await client.views.open({
            trigger_id: command.trigger_id,
            view: newCaseModal({ name: parsed.subject }, s, meta),
          });
          return;
        }
        case 'list':
          await say(await caseList(ctx, s, deps.publicUrl, parsed.filter));
          return;
        case 'show': {
          const found = await resolveCase(ctx, s, parsed.ref);
          if ('reply' in found) return void (await say(found.reply));
          await say(await caseCardMessage(ctx, s, deps.publicUrl, found.record));
          return;
        }
      }
    } catch (e) {
      await say(errorReply(e, s, deps.log, s.m.case.what));
    }
  });
}
