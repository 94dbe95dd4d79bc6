import type { Context, Hono } from 'hono';
import type { DocumentResource } from '../../domain/documents/document-kinds';
import { renderDocumentPdf, renderPreviewPdf } from '../../pdf/render-document-pdf';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

const RESOURCES: DocumentResource[] = ['quotes', 'sales-orders', 'invoices'];

const pdf = (c: Context<AppEnv>, buffer: Buffer, filename?: string) => {
  c.header('Content-Type', 'application/pdf');
  c.header('Cache-Control', 'no-store');
  if (filename) c.header('Content-Disposition', `inline; filename="${filename}"`);
  return c.body(new Uint8Array(buffer));
};

/**
 * `GET /api/<quotes|sales-orders|invoices>/:id/pdf?templateId=&lang=` and the admin editor's
 * `POST /api/pdf-templates/preview` (template fields, entityType, recordId?) → application/pdf.
 */
export function mountPdfRoutes(app: Hono<AppEnv>) {
  for (const resource of RESOURCES) {
    app.get(`/api/${resource}/:id/pdf`, async (c) => {
      const { filename, buffer } = await renderDocumentPdf(c.var.ctx, resource, c.req.param('id'), {
        templateId: c.req.query('templateId'),
        lang: c.req.query('lang'),
      });
      return pdf(c, buffer, filename);
    });
  }
  app.post('/api/pdf-templates/preview', async (c) =>
    pdf(c, await renderPreviewPdf(c.var.ctx, await jsonBody(c))),
  );
}
