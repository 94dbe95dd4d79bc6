import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { caseArticles, contacts, emailAccounts, kbArticles } from '../../../db/schema';
import { assertOnRecord } from '../access/check';
import { caseMessageId, replySubject } from '../cases/case-token';
import { type CaseRow, caseNumber, caseType } from '../cases/case-type';
import { type Ctx, inTransaction } from '../context';
import { Invalid } from '../errors';
import { mailIdentity } from '../outbox/mail-identity';
import { queueEmail } from '../outbox/queue-email';
import { uuid } from '../shared/fields';
import { findRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { addNote } from '../stream/add-note';
import { followRecord } from '../stream/follows';
import { caseThread, type LastInbound, quoteExcerpt, threadReferences } from './case-thread';
import { pickTemplate, renderEmail } from './email-templates';
import { mrkdwnToHtml, mrkdwnToText } from './mrkdwn';

export const caseReplyInput = z.object({
  caseId: uuid,
  body: z.string().max(50_000, 'At most 50,000 characters.'),
  kind: z.enum(['reply', 'acknowledgement']).default('reply'),
  templateId: z.string().max(64).nullish(),
  slack: z.object({ channel: z.string().min(1), ts: z.string().min(1) }).nullish(),
  articleIds: z.array(uuid).max(10, 'At most 10 articles.').default([]),
});
export type CaseReplyInput = z.input<typeof caseReplyInput>;

/**
 * What a caller that has just written the case already holds (e-mail-to-case acknowledging the
 * case it opened): the case row, its thread, the recipient and the sending mailbox, as
 * `caseThread`, `recipient` and `sender` would read them. They are then not read again.
 */
export interface KnownCaseMail {
  row: CaseRow;
  thread: { lastInbound: LastInbound | null; ourIds: string[] };
  to: { address: string; name: string } | null;
  from: { address: string; emailAccountId: string | null };
}

/** email.md, Outbound: acknowledgements say they are automatic, so nobody auto-replies to them. */
const AUTO_REPLY_HEADERS = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
  Precedence: 'auto_reply',
};

/** Who the reply goes to: the case's contact, else whoever wrote last. */
async function recipient(ctx: Ctx, row: CaseRow, lastInbound: LastInbound | null) {
  if (row.contactId) {
    const [c] = await ctx.db
      .select({
        email: contacts.emailAddress,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
      })
      .from(contacts)
      .where(eq(contacts.id, row.contactId));
    const address = c?.email?.trim();
    if (address) {
      const name = [c!.firstName, c!.lastName].filter(Boolean).join(' ');
      return { address, name };
    }
  }
  const address = lastInbound?.from?.trim();
  return address ? { address, name: lastInbound?.fromName ?? '' } : null;
}

/** The mailbox the case came in through answers it; else MAIL_FROM. */
async function sender(ctx: Ctx, row: CaseRow) {
  if (row.inboundEmailAccountId) {
    const [box] = await ctx.db
      .select({ id: emailAccounts.id, address: emailAccounts.emailAddress })
      .from(emailAccounts)
      .where(eq(emailAccounts.id, row.inboundEmailAccountId));
    if (box) return { address: box.address.trim().toLowerCase(), emailAccountId: box.id };
  }
  return { address: mailIdentity().fromAddress, emailAccountId: null };
}

/** Published, unexpired articles, in the order asked; anything else is refused (400). */
async function sendableArticles(ctx: Ctx, ids: string[]) {
  if (!ids.length) return [];
  const unique = [...new Set(ids)];
  const rows = await ctx.db.select().from(kbArticles).where(inArray(kbArticles.id, unique));
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const ok = new Map(
    rows
      .filter((a) => a.status === 'Published' && (!a.expirationDate || a.expirationDate >= today))
      .map((a) => [a.id, a]),
  );
  if (ok.size !== unique.length) {
    throw new Invalid({ articleIds: 'Only published knowledge-base articles can be sent.' });
  }
  return unique.map((id) => ok.get(id)!);
}

/** The start of an article as plain text (bodies may be HTML). */
const excerpt = (body: string, max = 240) => {
  const plain = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
};

/**
 * An agent's reply to the customer of a case (Slack thread, admin panel), or the automatic
 * acknowledgement of a new case: rendered from templates/email/ (text and HTML), threaded with
 * the customer's mail (our signed Message-ID, In-Reply-To their last message, References the
 * thread), queued in the outbox and kept in the case stream as an `EmailSent` note, in one
 * transaction. Needs edit and stream access to the case. Returns the note's and e-mail's ids.
 */
export async function queueCaseReply(
  ctx: Ctx,
  input: CaseReplyInput,
  known?: KnownCaseMail,
): Promise<{ noteId: string; emailId: string }> {
  const data = parseInput(caseReplyInput, input);
  const body = data.body.trim();
  if (!body && data.kind === 'reply') throw new Invalid({ body: 'Write something to send.' });
  if (known && known.row.id !== data.caseId) throw new Error('queueCaseReply: another case');
  const row = known ? known.row : await findRecord(ctx, caseType, data.caseId, 'edit');
  if (known) assertOnRecord(ctx.actor, 'Case', 'edit', row);
  assertOnRecord(ctx.actor, 'Case', 'stream', row);

  const { lastInbound, ourIds } = known?.thread ?? (await caseThread(ctx, row.id));
  const to = known ? known.to : await recipient(ctx, row, lastInbound);
  if (!to) throw new Invalid({ to: 'This case has no customer e-mail address.' });
  const articles = await sendableArticles(ctx, data.articleIds);
  const from = known ? known.from : await sender(ctx, row);
  const identity = mailIdentity();
  const ack = data.kind === 'acknowledgement';
  const byPerson = ctx.actor.kind === 'user' && !ack;

  const subject = replySubject(row.number, row.name);
  const messageId = caseMessageId(row.id, identity.messageIdDomain);
  const inReplyTo = lastInbound?.messageId ?? null;
  const references = threadReferences(lastInbound, ourIds, messageId);

  const quote = lastInbound?.text.trim()
    ? {
        date: lastInbound.createdAt.toUTCString(),
        from: lastInbound.fromName
          ? `${lastInbound.fromName} <${lastInbound.from}>`
          : (lastInbound.from ?? 'you'),
        lines: quoteExcerpt(lastInbound.text),
      }
    : null;
  const model = {
    subject,
    company: identity.companyName,
    case: {
      number: caseNumber(row.number),
      name: row.name,
      status: row.status,
      url: `${identity.publicUrl}/admin/#/cases/${row.id}/show`,
    },
    agent: { name: byPerson ? ctx.actor.name : identity.companyName },
    customer: { name: to.name, email: to.address },
    articles: articles.map((a) => ({ name: a.name, excerpt: excerpt(a.body), url: null })),
    quote: ack ? null : quote,
  };
  const fallback = ack ? 'case-acknowledgement' : 'case-reply';
  const parts = await renderEmail(pickTemplate(data.templateId, fallback), model, {
    text: { body: mrkdwnToText(body) },
    html: { body: mrkdwnToHtml(body) },
  });

  return inTransaction(ctx, async (tx) => {
    const emailId = await queueEmail(tx, {
      to: [to.address],
      subject,
      text: parts.text,
      html: parts.html,
      parent: { type: 'Case', id: row.id },
      from: from.address,
      fromName: byPerson ? `${ctx.actor.name} (${identity.companyName})` : identity.companyName,
      messageId,
      inReplyTo,
      references,
      headers: ack ? AUTO_REPLY_HEADERS : {},
      emailAccountId: from.emailAccountId,
      slack: data.slack ?? null,
    });
    if (articles.length) {
      await tx.db
        .insert(caseArticles)
        .values(
          articles.map((a) => ({ caseId: row.id, articleId: a.id, createdAt: tx.clock.now() })),
        )
        .onConflictDoNothing();
    }
    const note = await addNote(tx, {
      type: 'EmailSent',
      parentType: 'Case',
      parentId: row.id,
      post: body || subject,
      data: {
        emailId,
        to: [to.address],
        subject,
        kind: data.kind,
        ...(articles.length ? { articleIds: articles.map((a) => a.id) } : {}),
        ...(data.slack ? { slack: data.slack } : {}),
      },
    });
    await followRecord(tx, [tx.actor.id], 'Case', row.id);
    return { noteId: note.id, emailId };
  });
}
