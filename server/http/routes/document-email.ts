import type { Context, Hono } from 'hono';
import type { DocumentResource } from '../../domain/documents/document-kinds';
import { sendDocumentByEmail } from '../../domain/documents/send-document-email';
import { renderDocumentPdf } from '../../pdf/render-document-pdf';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

/** Every field is optional: an empty body sends with the defaults. */
const optionalBody = async (c: Context<AppEnv>) =>
  c.req.header('content-length') === '0' || !c.req.header('content-type') ? {} : jsonBody(c);

const RESOURCES: DocumentResource[] = ['quotes', 'sales-orders', 'invoices'];

/**
 * `POST /api/<quotes|sales-orders|invoices>/:id/send-email {to?, templateId?, lang?, message?}`
 * → `202 {"emailId"}`: the PDF is queued to the billing contact (or `to`).
 */
export function mountDocumentEmailRoutes(app: Hono<AppEnv>) {
  for (const resource of RESOURCES) {
    app.post(`/api/${resource}/:id/send-email`, async (c) =>
      c.json(
        await sendDocumentByEmail(
          c.var.ctx,
          resource,
          c.req.param('id'),
          await optionalBody(c),
          renderDocumentPdf,
        ),
        202,
      ),
    );
  }
}
