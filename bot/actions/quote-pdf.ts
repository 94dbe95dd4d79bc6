import type { Ctx } from '../../server/domain/context';
import { renderDocumentPdf } from '../../server/pdf/render-document-pdf';
import type { Lang } from '../i18n';
import type { UploadFile } from './slack-upload';

/**
 * The quote PDF for the card's PDF button: the default quote template, in the language the
 * bot speaks to the clicker (the card they clicked is in it too). Read access is the domain's.
 */
export async function renderQuotePdf(ctx: Ctx, quoteId: string, lang: Lang): Promise<UploadFile> {
  return renderDocumentPdf(ctx, 'quotes', quoteId, { lang });
}

/** Whether cards offer the PDF button (a renderer is wired). */
export const pdfAvailable = () => true;
