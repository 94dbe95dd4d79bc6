import type { App, BlockAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { BotDeps } from '../deps';
import {
  ACTION,
  docOfValue,
  PICK_PATTERN,
  statusOfQuoteAction,
  targetOfConvertAction,
} from '../views/ids';
import { toQuoteData } from '../views/records';
import { on, safeJson } from './card-actions';
import { convertToDocument, documentResource, emailDocument, loadDocument } from './document-ops';
import { textMessage } from './error-reply';
import { loadQuote, quoteCardMessage, setQuoteStatus } from './quote-ops';
import { renderCardPdf } from './quote-pdf';
import { uploadToChannel } from './slack-upload';

const pickValue = z.object({ id: z.string(), op: z.literal('show') });

/**
 * Buttons on quote cards and quote lists, and on the sales order and invoice cards made from
 * them (ids in bot/views/ids.ts).
 */
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

  on(app, deps, PICK_PATTERN.docConvert, async ({ body, value, session }) => {
    const to = documentResource(targetOfConvertAction(body.actions[0]?.action_id ?? '') ?? '');
    const doc = docOfValue(value);
    const source = documentResource(doc.resource);
    if (!to || !source || !doc.id) return textMessage(session.s.m.somethingWrong);
    return convertToDocument(session.ctx!, session.s, url, source, doc.id, to);
  });

  // The PDF goes to the conversation the card is in (the app's DM from App Home).
  on(app, deps, PICK_PATTERN.docPdf, async ({ body, value, session, client, respond }) => {
    const ctx = session.ctx!;
    const ref = docOfValue(value);
    const resource = documentResource(ref.resource);
    if (!resource || !ref.id) return textMessage(session.s.m.somethingWrong);
    const doc = toQuoteData(await loadDocument(ctx, resource, ref.id));
    const file = await renderCardPdf(ctx, resource, doc.id, session.s.lang);
    const channelId =
      body.channel?.id ??
      (await client.conversations.open({ users: body.user.id })).channel?.id ??
      body.user.id;
    const note = noteBeside(body, respond, client);
    try {
      await uploadToChannel(client, channelId, {
        ...file,
        title: `${doc.number} ${doc.name}`,
      });
    } catch (err) {
      deps.log.warn({ err: (err as Error).message, resource, id: doc.id }, 'PDF upload failed');
      await note(session.s.m.pdfFailed(doc.number));
      return null;
    }
    if (body.response_url) await note(session.s.m.pdfShared(doc.number));
    return null;
  });

  // Said beside the card too: the card stays as it is.
  on(app, deps, ACTION.docEmail, async ({ body, value, session, client, respond }) => {
    const ref = docOfValue(value);
    const resource = documentResource(ref.resource);
    if (!resource || !ref.id) return textMessage(session.s.m.somethingWrong);
    const text = await emailDocument(session.ctx!, session.s, resource, ref.id);
    await noteBeside(body, respond, client)(text);
    return null;
  });
}

/** Said beside the card, never instead of it: the card keeps its buttons. */
const noteBeside =
  (body: BlockAction, respond: RespondFn, client: WebClient) => async (text: string) =>
    body.response_url
      ? respond({ response_type: 'ephemeral', replace_original: false, text })
      : client.chat.postMessage({ channel: body.user.id, text });
