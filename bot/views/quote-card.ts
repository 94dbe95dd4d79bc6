import { KINDS } from '../../server/domain/documents/document-kinds';
import { isLocked } from '../../server/domain/documents/document-locks';
import type { Speech } from '../i18n';
import { formatMoney } from '../i18n/format';
import { langOf } from '../i18n/locale';
import { adminUrl } from './admin-url';
import {
  type Block,
  type Button,
  button,
  context,
  divider,
  esc,
  header,
  link,
  type Message,
  mrkdwn,
} from './block-kit';
import { ACTION, docConvertAction, docValue, quoteActionsBlock, quoteStatusAction } from './ids';
import { ownerText } from './owner';
import type { QuoteData, Viewer } from './records';

/** What a quote card needs besides the quote: who looks, the names it shows, what it offers. */
export interface QuoteLook {
  viewer: Viewer;
  accountNames: Map<string, string>;
  /** The viewer may edit the quote: its status buttons are shown. */
  canEdit: boolean;
  /** The PDF and Send by e-mail buttons (only when a renderer exists). */
  pdf: boolean;
  /** What the viewer may convert the quote into (sales-orders, invoices): the → buttons. */
  convertTo?: string[];
}

/** The usual way forward from each status (slack.md: Draft → Presented → Approved, or Canceled). */
const FORWARD: Record<string, string[]> = {
  Draft: ['Presented', 'Canceled'],
  Presented: ['Approved', 'Canceled'],
  Approved: ['Canceled'],
  Canceled: [],
};

/** The statuses a quote may move to from its own: the flow above, within the domain's locks. */
export function nextQuoteStatuses(status: string): string[] {
  const spec = KINDS.Quote;
  const next = FORWARD[status] ?? spec.statuses.filter((x) => x !== status);
  return isLocked('Quote', status)
    ? next.filter((x) => (spec.unlock[status] ?? []).includes(x))
    : next;
}

export const quoteStatusLabel = (status: string, s: Speech) => s.m.quoteStatus[status] ?? status;

const money = (q: QuoteData, v: string | undefined, s: Speech) =>
  formatMoney(v, q.currency, s.locale);

/** "2.5" → "2,5" in French; quantities keep the places they have. */
const quantity = (v: string, s: Speech) => (langOf(s.locale) === 'fr' ? v.replace('.', ',') : v);

const accountText = (q: QuoteData, look: QuoteLook, publicUrl: string) => {
  const name = q.accountId ? look.accountNames.get(q.accountId) : undefined;
  return name && q.accountId ? link(adminUrl(publicUrl, 'accounts', q.accountId), name) : null;
};

function quoteButtons(q: QuoteData, look: QuoteLook, s: Speech, publicUrl: string): Button[] {
  const out: Button[] = [];
  if (look.canEdit) {
    for (const to of nextQuoteStatuses(q.status)) {
      const style = to === 'Canceled' ? 'danger' : to === 'Approved' ? 'primary' : undefined;
      out.push(button(s.m.quoteMoveTo[to] ?? to, quoteStatusAction(to), q.id, style));
    }
  }
  if (q.status !== 'Canceled') {
    for (const to of look.convertTo ?? []) {
      out.push(button(s.m.convertTo[to] ?? to, docConvertAction(to), docValue('quotes', q.id)));
    }
  }
  if (look.pdf) {
    out.push(button(s.m.pdf, ACTION.docPdf, docValue('quotes', q.id)));
    out.push(button(s.m.sendByEmail, ACTION.docEmail, docValue('quotes', q.id)));
  }
  out.push({
    ...button(s.m.openInAdmin, ACTION.openAdmin, q.id),
    url: adminUrl(publicUrl, 'quotes', q.id),
  });
  return out;
}

const MAX_LINES = 5;

function linesText(q: QuoteData, s: Speech): string {
  if (!q.items.length) return `_${s.m.noLines}_`;
  const shown = q.items
    .slice(0, MAX_LINES)
    .map(
      (i) =>
        `• ${esc(i.name)} — ${quantity(i.quantity, s)} × ${money(q, i.unitPrice, s)} = ${money(q, i.amount, s)}`,
    );
  if (q.items.length > MAX_LINES) shown.push(s.m.moreLines(q.items.length - MAX_LINES));
  return shown.join('\n');
}

/** The full quote card: status, account, lines, totals, with status, PDF and admin buttons. */
export function quoteCard(q: QuoteData, look: QuoteLook, s: Speech, publicUrl: string): Block[] {
  const title = link(adminUrl(publicUrl, 'quotes', q.id), `${q.number} ${q.name}`);
  const account = accountText(q, look, publicUrl);
  const fields = [
    `*${s.m.status}*\n${quoteStatusLabel(q.status, s)}`,
    `*${s.m.account}*\n${account ?? '—'}`,
    `*${s.m.grandTotal}*\n${money(q, q.grandTotalAmount, s)}`,
    `*${s.m.owner}*\n${ownerText(q.assignedUserId, look.viewer, s)}`,
  ];
  const totals = [
    `${s.m.subtotal} ${money(q, q.amount, s)}`,
    q.discountAmount && Number(q.discountAmount) !== 0
      ? `${s.m.discount} ${money(q, q.discountAmount, s)}`
      : null,
    `${s.m.tax} ${money(q, q.taxAmount, s)}`,
    q.shippingCost && Number(q.shippingCost) !== 0
      ? `${s.m.shipping} ${money(q, q.shippingCost, s)}`
      : null,
    `*${s.m.grandTotal} ${money(q, q.grandTotalAmount, s)}*`,
  ].filter(Boolean);
  return [
    { type: 'section', text: mrkdwn(`*${title}*`), fields: fields.map(mrkdwn) },
    { type: 'section', text: mrkdwn(`*${s.m.lines}*\n${linesText(q, s)}`) },
    context(totals.join(' · ')),
    {
      type: 'actions',
      block_id: quoteActionsBlock(q.id),
      elements: quoteButtons(q, look, s, publicUrl),
    },
  ];
}

/** One line per quote with a Show button, for `/quote list`. */
export function quoteListMessage(
  title: string,
  quotes: QuoteData[],
  total: number,
  look: QuoteLook,
  s: Speech,
  publicUrl: string,
): Message {
  if (!quotes.length) return { text: s.m.noQuotes, blocks: [header(title), context(s.m.noQuotes)] };
  const items: Block[] = quotes.flatMap((q, i) => {
    const line = [
      accountText(q, look, publicUrl),
      quoteStatusLabel(q.status, s),
      money(q, q.grandTotalAmount, s),
    ].filter(Boolean);
    const name = link(adminUrl(publicUrl, 'quotes', q.id), `${q.number} ${q.name}`);
    const item: Block = {
      type: 'section',
      text: mrkdwn(`*${name}*\n${line.join(' · ')}`),
      accessory: button(
        s.m.show,
        `${ACTION.quotePick}:${i}`,
        JSON.stringify({ id: q.id, op: 'show' }),
      ),
    };
    return i ? [divider, item] : [item];
  });
  const footer = total > quotes.length ? [context(s.m.showingFirst(quotes.length, total))] : [];
  return {
    text: `${title}: ${quotes.length}`,
    blocks: [header(title), ...items, ...footer],
  };
}
