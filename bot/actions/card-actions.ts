import type { App, BlockAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { BotDeps } from '../deps';
import { publishHome } from '../events/publish-home';
import type { Message } from '../views/block-kit';
import { ACTION, dealIdOfBlock, PICK_PATTERN } from '../views/ids';
import { applyDealOp, type DealOp } from './deal-ops';
import { errorReply, textMessage } from './error-reply';
import { assignLeadToMe, leadCardMessage, loadLead, openConvertModal } from './lead-ops';
import { openSession, type Session } from './session';

const pickValue = z.object({ id: z.string(), op: z.string(), arg: z.string().optional() });
const DEAL_OPS: DealOp[] = ['show', 'stage', 'amount', 'close', 'assign', 'quote'];

/** How a card answers a click: in place when it is a lone card, else a new ephemeral message. */
async function answer(
  body: BlockAction,
  respond: RespondFn,
  client: WebClient,
  deps: BotDeps,
  session: Session,
  m: Message,
) {
  if (body.container?.type === 'view' && body.view?.type === 'home') {
    await publishHome(client, deps, session);
    return;
  }
  // A card's actions block is named after its record: one of them means the message is one card.
  const blocks = (body.message?.blocks ?? []) as { type: string; block_id?: string }[];
  const cards = blocks.filter(
    (b) => b.type === 'actions' && /^(lead|deal|quote|doc|case)\.actions:/.test(b.block_id ?? ''),
  );
  const lone = body.message && cards.length <= 1;
  if (!body.response_url) return;
  await respond({
    response_type: 'ephemeral',
    replace_original: !!lone,
    text: m.text,
    blocks: m.blocks,
  });
}

export type Handler = (args: {
  body: BlockAction;
  value: string;
  selected?: string;
  session: Session;
  client: WebClient;
  respond: RespondFn;
}) => Promise<Message | null>;

/** Acks at once, resolves the clicker, runs the handler and answers; errors become friendly text. */
export function on(app: App, deps: BotDeps, actionId: string | RegExp, handler: Handler) {
  app.action<BlockAction>(
    { action_id: actionId, type: 'block_actions' },
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const session = await openSession(deps, client, body.user.id);
      // App Home clicks carry no response_url: tell the user in the app's DM instead.
      const tell = (m: Message) =>
        body.response_url
          ? respond({
              response_type: 'ephemeral',
              replace_original: false,
              text: m.text,
              blocks: m.blocks,
            })
          : client.chat.postMessage({ channel: body.user.id, text: m.text, blocks: m.blocks });
      if (!session.ctx) {
        await tell(textMessage(session.howToLink));
        return;
      }
      const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const selected = action.type === 'static_select' ? action.selected_option?.value : undefined;
      try {
        const m = await handler({ body, value, selected, session, client, respond });
        if (m) await answer(body, respond, client, deps, session, m);
      } catch (e) {
        await tell(errorReply(e, session.s, deps.log));
      }
    },
  );
}

/** Buttons and selects on lead and deal cards, and pick-lists (ids in bot/views/ids.ts). */
export function registerCardActions(app: App, deps: BotDeps) {
  const url = deps.publicUrl;
  // A link button still sends an action; Slack shows an error unless it is acknowledged.
  app.action(ACTION.openAdmin, async ({ ack }) => {
    await ack();
  });

  on(app, deps, ACTION.leadAssignMe, async ({ value, session }) => {
    const lead = await assignLeadToMe(session.ctx!, value);
    return leadCardMessage(
      session.ctx!,
      session.s,
      url,
      lead,
      session.s.m.assignedToYou(String(lead.number)),
    );
  });

  const convert = async (
    leadId: string,
    body: BlockAction,
    session: Session,
    client: WebClient,
  ) => {
    const lead = await loadLead(session.ctx!, leadId);
    const meta = { responseUrl: body.response_url, channelId: body.channel?.id };
    const refused = await openConvertModal(client, body.trigger_id, session.s, lead, meta);
    return refused;
  };
  on(app, deps, ACTION.leadConvert, ({ value, body, session, client }) =>
    convert(value, body, session, client),
  );

  on(app, deps, PICK_PATTERN.lead, async ({ value, body, session, client }) => {
    const pick = pickValue.safeParse(safeJson(value));
    if (!pick.success) return textMessage(session.s.m.somethingWrong);
    if (pick.data.op === 'convert') return convert(pick.data.id, body, session, client);
    return leadCardMessage(
      session.ctx!,
      session.s,
      url,
      await loadLead(session.ctx!, pick.data.id),
    );
  });

  on(app, deps, ACTION.dealAssignMe, ({ value, session }) =>
    applyDealOp(session.ctx!, session.s, url, value, 'assign'),
  );

  on(app, deps, ACTION.dealStage, async ({ body, selected, session }) => {
    const dealId = dealIdOfBlock(body.actions[0]?.block_id);
    if (!dealId || !selected) return null;
    return applyDealOp(session.ctx!, session.s, url, dealId, 'stage', selected);
  });

  on(app, deps, PICK_PATTERN.deal, async ({ value, session }) => {
    const pick = pickValue.safeParse(safeJson(value));
    const op = DEAL_OPS.find((o) => o === pick.data?.op);
    if (!pick.success || !op) return textMessage(session.s.m.somethingWrong);
    return applyDealOp(session.ctx!, session.s, url, pick.data.id, op, pick.data.arg);
  });
}

export function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
}
