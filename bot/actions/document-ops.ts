import { canCreate } from '../../server/domain/access/check';
import type { Ctx } from '../../server/domain/context';
import { type ConvertSource, convertRecord } from '../../server/domain/documents/convert-document';
import {
  type DocumentResource,
  kindOfResource,
} from '../../server/domain/documents/document-kinds';
import { getDocument } from '../../server/domain/documents/document-queries';
import { sendDocumentByEmail } from '../../server/domain/documents/send-document-email';
import { Invalid } from '../../server/domain/errors';
import { loadOutboundEmail } from '../../server/domain/outbox/outbox-status';
import { renderDocumentPdf } from '../../server/pdf/render-document-pdf';
import type { Speech } from '../i18n';
import { translateDomainText } from '../i18n/domain-errors';
import { type Message, section } from '../views/block-kit';
import { type DocumentLook, documentCard } from '../views/document-card';
import { toQuoteData } from '../views/records';
import { textMessage } from './error-reply';
import { pdfAvailable } from './quote-pdf';

/** What each document may become from Slack (the domain's conversions, minus deals). */
const TARGETS: Record<DocumentResource, DocumentResource[]> = {
  quotes: ['sales-orders', 'invoices'],
  'sales-orders': ['invoices'],
  invoices: [],
};

/** The resource named in a button's value, when it is a document's. */
export const documentResource = (r: string): DocumentResource | undefined =>
  kindOfResource(r)?.resource;

/** The → buttons a document's card offers this actor: the targets they may create. */
export const convertTargets = (ctx: Ctx, source: DocumentResource): DocumentResource[] =>
  TARGETS[source].filter((to) => canCreate(ctx.actor, kindOfResource(to)!.kind));

export const loadDocument = (ctx: Ctx, resource: DocumentResource, id: string) =>
  getDocument(ctx, kindOfResource(resource)!.kind, id);

/** A sales order's or invoice's compact card, with a line above it saying what just happened. */
export function documentCardMessage(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  resource: DocumentResource,
  record: Record<string, unknown>,
  note?: string,
): Message {
  const d = toQuoteData(record);
  const look: DocumentLook = { convertTo: convertTargets(ctx, resource), pdf: pdfAvailable() };
  const card = documentCard(resource, d, look, s, publicUrl);
  return { text: note ?? `${d.number} ${d.name}`, blocks: note ? [section(note), ...card] : card };
}

/** "→ Sales order", "→ Invoice": a new Draft document from this one, shown as its card. */
export async function convertToDocument(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  source: DocumentResource,
  id: string,
  to: DocumentResource,
): Promise<Message> {
  if (!TARGETS[source].includes(to)) return textMessage(s.m.somethingWrong);
  const made = await convertRecord(ctx, source as ConvertSource, id, { to });
  const [from, record] = await Promise.all([
    loadDocument(ctx, source, id),
    loadDocument(ctx, to, made.id),
  ]);
  const kind = s.m.documentKind[kindOfResource(to)!.kind] ?? to;
  const note = s.m.documentFrom(kind, toQuoteData(record).number, toQuoteData(from).number);
  return documentCardMessage(ctx, s, publicUrl, to, record, note);
}

/**
 * "Send by e-mail": the PDF to the billing contact through the outbox. Returns what to tell the
 * clicker: where it went, or (no billing contact, no address) the domain's reason, translated.
 */
export async function emailDocument(
  ctx: Ctx,
  s: Speech,
  resource: DocumentResource,
  id: string,
): Promise<string> {
  const number = toQuoteData(await loadDocument(ctx, resource, id)).number;
  try {
    const { emailId } = await sendDocumentByEmail(ctx, resource, id, {}, renderDocumentPdf);
    const sent = await loadOutboundEmail(ctx, emailId);
    return s.m.emailOnItsWay(number, sent?.email.to.join(', ') ?? '');
  } catch (e) {
    if (!(e instanceof Invalid) || !e.errors.to) throw e;
    return translateDomainText(e.errors.to, s);
  }
}
