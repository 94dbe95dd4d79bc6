import type { Ctx } from '../domain/context';
import type { DocumentResource } from '../domain/documents/document-kinds';
import {
  documentPdfLayout,
  type PdfOptions,
  previewPdfLayout,
} from '../domain/pdf/document-pdf-layout';
import { drawPdf } from './draw-pdf';

/**
 * A quote's, order's or invoice's PDF, for every front door (REST, Slack /quote, later mail):
 * read access is checked by the domain; the template is `templateId`, else the default for the
 * type and language (`lang`, else the user's).
 */
export async function renderDocumentPdf(
  ctx: Ctx,
  resource: DocumentResource,
  id: string,
  opts: PdfOptions = {},
): Promise<{ filename: string; buffer: Buffer; language: string }> {
  const { layout, number, language } = await documentPdfLayout(ctx, resource, id, opts);
  return { filename: `${number}.pdf`, buffer: await drawPdf(layout), language };
}

/** The admin editor's live preview (admin-only): template fields over a record or sample data. */
export async function renderPreviewPdf(ctx: Ctx, input: unknown): Promise<Buffer> {
  return drawPdf(await previewPdfLayout(ctx, input));
}
