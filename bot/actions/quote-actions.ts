import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { BotDeps } from '../deps';
import { ACTION, PICK_PATTERN, statusOfQuoteAction } from '../views/ids';
import { toQuoteData } from '../views/records';
import { on, safeJson } from './card-actions';
import { textMessage } from './error-reply';
import { loadQuote, quoteCardMessage, setQuoteStatus } from './quote-ops';
import { renderQuotePdf } from './quote-pdf';
import { uploadToChannel } from './slack-upload';

const pickValue = z.object({ id: z.string(), op: z.literal('show') });

/** Buttons on quote cards and quote lists (ids in bot/views/ids.ts). */
export function registerQuoteActions(app: App, deps: BotDeps) {
  const url = deps.publicUrl;

  on(app, deps, PICK_PATTERN.quoteStatus, async ({ body, value, session }) => {
    const to = statusOfQuoteAction(body.actions[0]?.action_id ?? '');
    if (!to || !value) return textMessage(session.s.m.somethingWrong);
    return setQuoteStatus(session.ctx!, session.s, url, value, to);
  });

  on(app, deps, PICK_PATTERN.quote, async ({ value, session }) => {
    const pick = pickValue.safeParse(safeJson(value));
    if (!pick.success) return textMessage(session.s.m.somethingWrong);
    return quoteCardMessage(
      session.ctx!,
      session.s,
      url,
      await loadQuote(session.ctx!, pick.data.id),
    );
  });

  // The PDF goes to the conversation the card is in (the app's DM from App Home).
  on(app, deps, ACTION.quotePdf, async ({ body, value, session, client, respond }) => {
    const ctx = session.ctx!;
    const quote = toQuoteData(await loadQuote(ctx, value));
    const file = await renderQuotePdf(ctx, quote.id, session.s.lang);
    const channelId =
      body.channel?.id ??
      (await client.conversations.open({ users: body.user.id })).channel?.id ??
      body.user.id;
    // Said beside the card, never instead of it: the card keeps its buttons.
    const note = async (text: string) =>
      body.response_url
        ? respond({ response_type: 'ephemeral', replace_original: false, text })
        : client.chat.postMessage({ channel: body.user.id, text });
    try {
      await uploadToChannel(client, channelId, {
        ...file,
        title: `${quote.number} ${quote.name}`,
      });
    } catch (err) {
      deps.log.warn({ err: (err as Error).message, quoteId: quote.id }, 'PDF upload failed');
      await note(session.s.m.pdfFailed(quote.number));
      return null;
    }
    if (body.response_url) await note(session.s.m.pdfShared(quote.number));
    return null;
  });
}
