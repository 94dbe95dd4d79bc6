import type { Ctx } from '../../server/domain/context';
import { convertRecord } from '../../server/domain/documents/convert-document';
import { getDocument, listDocuments } from '../../server/domain/documents/document-queries';
import {
  canEditQuote,
  findQuotesByRef,
  readableAccountNames,
} from '../../server/domain/documents/find-quotes';
import { updateDocument } from '../../server/domain/documents/update-document';
import { Conflict } from '../../server/domain/errors';
import type { Speech } from '../i18n';
import { type Message, section } from '../views/block-kit';
import { type QuoteLook, quoteCard, quoteListMessage, quoteStatusLabel } from '../views/quote-card';
import { toQuoteData } from '../views/records';
import { convertTargets } from './document-ops';
import { pdfAvailable } from './quote-pdf';
import { oneOrPickList } from './resolve-ref';
import { viewerFor } from './viewer';

type QuoteRecord = Record<string, unknown>;

/** The names these quotes' cards show this actor: owners, and the accounts they may read. */
async function namesFor(ctx: Ctx, records: QuoteRecord[]) {
  const quotes = records.map(toQuoteData);
  const [viewer, accountNames] = await Promise.all([
    viewerFor(ctx, quotes),
    readableAccountNames(
      ctx,
      quotes.map((q) => q.accountId),
    ),
  ]);
  return { viewer, accountNames };
}

/** The one quote meant by `ref`, or the reply to send instead (no match, or a pick-list). */
export async function resolveQuote(
  ctx: Ctx,
  s: Speech,
  ref: string,
): Promise<{ quote: QuoteRecord } | { reply: Message }> {
  const r = oneOrPickList(await findQuotesByRef(ctx, ref), ref, s, {
    kind: 'quote',
    what: s.m.quote,
    choice: (record) => {
      const q = toQuoteData(record);
      return { label: `${q.number} ${q.name}`, value: { id: q.id, op: 'show' } };
    },
  });
  return 'one' in r ? { quote: r.one } : r;
}

/** The quote card, with a line above it saying what just happened. */
export async function quoteCardMessage(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  record: QuoteRecord,
  note?: string,
): Promise<Message> {
  const q = toQuoteData(record);
  const look: QuoteLook = {
    ...(await namesFor(ctx, [record])),
    canEdit: canEditQuote(ctx, record),
    pdf: pdfAvailable(),
    convertTo: convertTargets(ctx, 'quotes'),
  };
  const card = quoteCard(q, look, s, publicUrl);
  return { text: note ?? `${q.number} ${q.name}`, blocks: note ? [section(note), ...card] : card };
}

export const loadQuote = (ctx: Ctx, id: string) => getDocument(ctx, 'Quote', id);

/** Recent quotes the actor may read, newest first; `mine`: assigned to them. */
export async function quoteList(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  mine: boolean,
  limit = 10,
): Promise<Message> {
  const filter = mine ? { assignedUserId: ctx.actor.id } : {};
  const r = await listDocuments(ctx, 'Quote', { filter, range: [0, limit - 1] });
  // A list item has only a Show button: the card it opens carries the others.
  const look: QuoteLook = { ...(await namesFor(ctx, r.data)), canEdit: false, pdf: false };
  const title = mine ? s.m.quotesTitle.mine! : s.m.quotesTitle.all!;
  return quoteListMessage(title, r.data.map(toQuoteData), r.total, look, s, publicUrl);
}

/**
 * Moves a quote to another status. What the domain refuses because the quote is locked
 * (approved, canceled) is said plainly, above the card as it now is.
 */
export async function setQuoteStatus(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  quoteId: string,
  to: string,
): Promise<Message> {
  const before = toQuoteData(await loadQuote(ctx, quoteId));
  try {
    const after = await updateDocument(ctx, 'Quote', quoteId, { status: to });
    const note = s.m.quoteMoved(
      before.number,
      quoteStatusLabel(before.status, s),
      quoteStatusLabel(to, s),
    );
    return quoteCardMessage(ctx, s, publicUrl, after, note);
  } catch (e) {
    if (!(e instanceof Conflict) || typeof e.details.status !== 'string') throw e;
    const current = await loadQuote(ctx, quoteId);
    const note = s.m.quoteLocked(before.number, quoteStatusLabel(e.details.status, s));
    return quoteCardMessage(ctx, s, publicUrl, current, `:lock: ${note}`);
  }
}

/** `/deal quote D-7`: a new Draft quote from the deal (documents domain), shown as its card. */
export async function quoteFromDeal(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  dealId: string,
  dealNumber: string,
): Promise<Message> {
  const { id } = await convertRecord(ctx, 'opportunities', dealId, { to: 'quotes' });
  const quote = await loadQuote(ctx, id);
  const note = s.m.quoteFromDeal(toQuoteData(quote).number, dealNumber);
  return quoteCardMessage(ctx, s, publicUrl, quote, note);
}
