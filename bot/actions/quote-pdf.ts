import type { Ctx } from '../../server/domain/context';
import type { DocumentResource } from '../../server/domain/documents/document-kinds';
import { renderDocumentPdf } from '../../server/pdf/render-document-pdf';
import type { Lang } from '../i18n';
import type { UploadFile } from './slack-upload';

/**
 * The PDF for a card's PDF button (quote, sales order, invoice): the default template for the
 * type, in the language the bot speaks to the clicker (the card they clicked is in it too).
 * Read access is the domain's.
 */
export async function renderCardPdf(
  ctx: Ctx,
  resource: DocumentResource,
  id: string,
  lang: Lang,
): Promise<UploadFile> {
  return renderDocumentPdf(ctx, resource, id, { lang });
}

/** Whether cards offer the PDF button (a renderer is wired). */
export const pdfAvailable = () => true;
