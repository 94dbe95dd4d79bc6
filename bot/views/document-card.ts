import type { DocumentResource } from '../../server/domain/documents/document-kinds';
import { kindOfResource } from '../../server/domain/documents/document-kinds';
import type { Speech } from '../i18n';
import { formatMoney } from '../i18n/format';
import { adminUrl } from './admin-url';
import { type Block, type Button, button, link, mrkdwn } from './block-kit';
import { ACTION, docActionsBlock, docConvertAction, docValue } from './ids';
import type { QuoteData } from './records';

/** What a sales order's or invoice's card offers besides the document itself. */
export interface DocumentLook {
  /** What the viewer may convert it into (an order: invoices). */
  convertTo: string[];
  /** The PDF and Send by e-mail buttons (only when a renderer exists). */
  pdf: boolean;
}

export const documentStatusLabel = (resource: DocumentResource, status: string, s: Speech) =>
  s.m.documentStatus[kindOfResource(resource)?.kind ?? '']?.[status] ?? status;

function documentButtons(
  resource: DocumentResource,
  d: QuoteData,
  look: DocumentLook,
  s: Speech,
  publicUrl: string,
): Button[] {
  const value = docValue(resource, d.id);
  const out: Button[] = [];
  if (d.status !== 'Canceled') {
    for (const to of look.convertTo) {
      out.push(button(s.m.convertTo[to] ?? to, docConvertAction(to), value));
    }
  }
  if (look.pdf) {
    out.push(button(s.m.pdf, ACTION.docPdf, value));
    out.push(button(s.m.sendByEmail, ACTION.docEmail, value));
  }
  out.push({
    ...button(s.m.openInAdmin, ACTION.openAdmin, d.id),
    url: adminUrl(publicUrl, resource, d.id),
  });
  return out;
}

/** A compact card for a sales order or an invoice: number, name, status, grand total, buttons. */
export function documentCard(
  resource: DocumentResource,
  d: QuoteData,
  look: DocumentLook,
  s: Speech,
  publicUrl: string,
): Block[] {
  const kind = kindOfResource(resource)?.kind ?? '';
  const title = link(adminUrl(publicUrl, resource, d.id), `${d.number} ${d.name}`);
  const fields = [
    `*${s.m.status}*\n${documentStatusLabel(resource, d.status, s)}`,
    `*${s.m.grandTotal}*\n${formatMoney(d.grandTotalAmount, d.currency, s.locale)}`,
  ];
  return [
    {
      type: 'section',
      text: mrkdwn(`*${s.m.documentKind[kind] ?? kind}* ${title}`),
      fields: fields.map(mrkdwn),
    },
    {
      type: 'actions',
      block_id: docActionsBlock(resource, d.id),
      elements: documentButtons(resource, d, look, s, publicUrl),
    },
  ];
}
