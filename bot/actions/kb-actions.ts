import type { App } from '@slack/bolt';
import { z } from 'zod';
import { queueCaseReply } from '../../server/domain/case-mail/queue-case-reply';
import { getCase } from '../../server/domain/cases/case-queries';
import { DomainError } from '../../server/domain/errors';
import { getArticle } from '../../server/domain/kb/article-queries';
import { loadOutboundEmail } from '../../server/domain/outbox/outbox-status';
import type { BotDeps } from '../deps';
import { describeDomainError } from '../i18n/domain-errors';
import { esc } from '../views/block-kit';
import { toCaseData } from '../views/case-card';
import { PICK_PATTERN } from '../views/ids';
import { on, safeJson } from './card-actions';
import { textMessage } from './error-reply';

const sendValue = z.object({ caseId: z.string(), articleId: z.string() });

/** An article body (HTML or plain text) as the text of a reply: paragraphs kept, tags dropped. */
export function articleText(body: string): string {
  return body
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|h[1-6]|li|tr|blockquote)\s*>/gi, '\n\n')
    .replace(/<\s*li[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * **Send in reply to #123** under a `/kb` article: the article goes to the case's customer as a
 * reply (queueCaseReply: the actor's roles apply, the EmailSent note is kept in the stream). The
 * answer is a new ephemeral line, so the list stays for the next article.
 */
export function registerKbActions(app: App, deps: BotDeps) {
  on(app, deps, PICK_PATTERN.kbSend, async ({ value, session, respond }) => {
    const { s } = session;
    const ctx = session.ctx!;
    const pick = sendValue.safeParse(safeJson(value));
    if (!pick.success) return textMessage(s.m.somethingWrong);
    const { caseId, articleId } = pick.data;
    const ref = toCaseData(await getCase(ctx, caseId)).number;
    let message: string;
    try {
      const article = await getArticle(ctx, articleId);
      const body = articleText(String(article.body ?? '')) || String(article.name ?? '');
      const sent = await queueCaseReply(ctx, { caseId, body, articleIds: [articleId] });
      const email = await loadOutboundEmail(ctx, sent.emailId);
      message = s.m.kb.sentTo(ref, esc((email?.email.to ?? []).join(', ')));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      message = s.m.kb.notSent(
        ref,
        describeDomainError(e, s, s.m.kb.article) ?? s.m.somethingWrong,
      );
    }
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: message,
      blocks: textMessage(message).blocks,
    });
    return null;
  });
}
