import type { App } from '@slack/bolt';
import type { Ctx } from '../../server/domain/context';
import { listOpportunities } from '../../server/domain/opportunities/opportunity-queries';
import { getOpportunityStages, isOpen } from '../../server/domain/settings/opportunity-stages';
import { applyDealOp, resolveDeal } from '../actions/deal-ops';
import { errorReply, textMessage } from '../actions/error-reply';
import { openSession } from '../actions/session';
import { viewerFor } from '../actions/viewer';
import type { BotDeps } from '../deps';
import type { Speech } from '../i18n';
import type { Message } from '../views/block-kit';
import { dealListMessage, LIST_LIMIT } from '../views/lists';
import { toDealData } from '../views/records';
import { usageMessage } from '../views/usage';
import { type DealCommand, parseDealCommand } from './parse-deal';
import { ephemeral } from './reply';

/** Open deals (not won nor lost), newest first; `mine`: assigned to the user. */
async function dealList(ctx: Ctx, s: Speech, publicUrl: string, mine: boolean): Promise<Message> {
  const stages = await getOpportunityStages(ctx);
  const open = stages.filter(isOpen).map((st) => st.name);
  const filter: Record<string, unknown> = { stage: open };
  if (mine) filter.assignedUserId = ctx.actor.id;
  const r = await listOpportunities(ctx, { filter, range: [0, LIST_LIMIT - 1] });
  const deals = r.data.map(toDealData);
  const viewer = await viewerFor(ctx, deals);
  const title = mine ? s.m.dealsTitle.mine! : s.m.dealsTitle.all!;
  return dealListMessage(title, deals, r.total, stages, viewer, s, publicUrl);
}

type Operation = Exclude<DealCommand, { kind: 'list' | 'help' | 'usage' }>;

const argOf = (c: Operation) =>
  c.kind === 'stage'
    ? c.stage
    : c.kind === 'amount'
      ? `${c.value.amount}${c.value.currency ? ` ${c.value.currency}` : ''}`
      : c.kind === 'close'
        ? c.date
        : undefined;

/** `/deal list [mine] | show | stage | amount | close` (slack.md, Commands). */
export function registerDealCommand(app: App, deps: BotDeps) {
  app.command('/deal', async ({ command, ack, respond, client }) => {
    await ack();
    const session = await openSession(deps, client, command.user_id);
    const { s, ctx } = session;
    const say = (m: Message) => ephemeral(respond, m);
    const parsed = parseDealCommand(command.text ?? '');
    if (parsed.kind === 'help') return void (await say(usageMessage('/deal', s)));
    if (parsed.kind === 'usage') return void (await say(usageMessage('/deal', s, parsed.problem)));
    if (!ctx) return void (await say(textMessage(session.howToLink)));
    try {
      if (parsed.kind === 'list') {
        await say(await dealList(ctx, s, deps.publicUrl, parsed.mine));
        return;
      }
      const arg = argOf(parsed);
      const found = await resolveDeal(ctx, s, parsed.ref, parsed.kind, arg);
      if ('reply' in found) return void (await say(found.reply));
      await say(await applyDealOp(ctx, s, deps.publicUrl, String(found.deal.id), parsed.kind, arg));
    } catch (e) {
      await say(errorReply(e, s, deps.log, s.m.deal));
    }
  });
}
