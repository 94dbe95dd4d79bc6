import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { contacts } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { Invalid, NotFound } from '../errors';
import { queueEmail } from '../outbox/queue-email';
import type { PdfOptions } from '../pdf/document-pdf-layout';
import { email, text, uuid } from '../shared/fields';
import { findRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { addNote } from '../stream/add-note';
import {
  type DocumentKind,
  type DocumentResource,
  documentNumber,
  KINDS,
  kindOfResource,
} from './document-kinds';
import { DOCUMENT_TYPES } from './document-type';

export const sendDocumentEmailInput = z.object({
  /** Defaults to the billing contact's e-mail address. */
  to: email,
  templateId: uuid.nullish(),
  lang: z.string().nullish(),
  /** The body of the e-mail; a short default sentence otherwise. */
  message: text(5000),
});

/**
 * The PDF renderer (server/pdf/render-document-pdf.ts), passed in by the front door: the domain
 * does not draw PDFs. It checks read access and the template, and says the PDF's language.
 */
export type DocumentPdfRenderer = (
  ctx: Ctx,
  resource: DocumentResource,
  id: string,
  opts: PdfOptions,
) => Promise<{ filename: string; buffer: Buffer; language: string }>;

const TITLES: Record<DocumentKind, { en: string; fr: string }> = {
  Quote: { en: 'Quote', fr: 'Devis' },
  SalesOrder: { en: 'Sales order', fr: 'Bon de commande' },
  Invoice: { en: 'Invoice', fr: 'Facture' },
};
const BODY = {
  en: (what: string) => `Hello,\n\nPlease find attached ${what}.\n`,
  fr: (what: string) => `Bonjour,\n\nVeuillez trouver ci-joint : ${what}.\n`,
};

/**
 * "Send by e-mail": the document's PDF to `to` or the billing contact, through the outbox
 * (`mail.send` job, retried) and an `EmailSent` note on the document, in one transaction.
 * Needs read access on the document. Returns the outbound e-mail's id.
 */
export async function sendDocumentByEmail(
  ctx: Ctx,
  resource: DocumentResource,
  id: string,
  input: unknown,
  renderPdf: DocumentPdfRenderer,
): Promise<{ emailId: string }> {
  const spec = kindOfResource(resource);
  if (!spec) throw new NotFound('Document');
  const opts = parseInput(sendDocumentEmailInput, input ?? {});
  const row = await findRecord(ctx, DOCUMENT_TYPES[spec.kind], id, 'read');
  let to = opts.to;
  if (!to && row.billingContactId) {
    const [contact] = await ctx.db
      .select({ email: contacts.emailAddress })
      .from(contacts)
      .where(eq(contacts.id, row.billingContactId));
    to = contact?.email?.trim() || null;
  }
  if (!to) {
    throw new Invalid({
      to: row.billingContactId
        ? 'The billing contact has no e-mail address: give one.'
        : 'No billing contact: give an e-mail address.',
    });
  }
  const pdf = await renderPdf(ctx, resource, id, {
    templateId: opts.templateId ?? undefined,
    lang: opts.lang ?? undefined,
  });
  const lang = pdf.language === 'fr' ? 'fr' : 'en';
  const number = documentNumber(KINDS[spec.kind], row.number);
  const subject = `${TITLES[spec.kind][lang]} ${number}`;
  const recipient = to;
  return inTransaction(ctx, async (tx) => {
    const emailId = await queueEmail(tx, {
      to: [recipient],
      subject,
      text: opts.message ?? BODY[lang](`${TITLES[spec.kind][lang].toLowerCase()} ${number}`),
      attachments: [
        { filename: pdf.filename, contentType: 'application/pdf', content: pdf.buffer },
      ],
      parent: { type: spec.kind, id },
    });
    await addNote(tx, {
      type: 'EmailSent',
      parentType: spec.kind,
      parentId: id,
      post: subject,
      data: { emailId, to: [recipient], subject, attachments: [pdf.filename] },
    });
    return { emailId };
  });
}
