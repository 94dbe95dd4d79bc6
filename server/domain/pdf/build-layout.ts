import type { DocumentKind } from '../documents/document-kinds';
import type { Model } from './document-model';
import { formatDecimal, formatMoney } from './format';
import { renderSection } from './liquid';
import { parseMarkup } from './markup';
import type { PdfLayout, TableColumn } from './pdf-layout';
import type { PdfLanguage, TemplateFields } from './template-input';

const COLUMNS: Record<PdfLanguage, TableColumn[]> = {
  en: [
    { label: 'Description', align: 'left', width: 0.44 },
    { label: 'Qty', align: 'right', width: 0.1 },
    { label: 'Unit price', align: 'right', width: 0.17 },
    { label: 'Disc. %', align: 'right', width: 0.11 },
    { label: 'Amount', align: 'right', width: 0.18 },
  ],
  fr: [
    { label: 'Désignation', align: 'left', width: 0.44 },
    { label: 'Qté', align: 'right', width: 0.1 },
    { label: 'Prix unitaire', align: 'right', width: 0.17 },
    { label: 'Remise %', align: 'right', width: 0.11 },
    { label: 'Montant', align: 'right', width: 0.18 },
  ],
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The items table is structured data drawn by server/pdf, so its header repeats on each page. */
function itemRows(model: Model, lang: PdfLanguage): string[][] {
  const currency = str(model.currency) || 'EUR';
  const items = Array.isArray(model.items) ? model.items : [];
  return items.map((raw) => {
    const i = (raw ?? {}) as Record<string, unknown>;
    return [
      str(i.name),
      formatDecimal(i.quantity, lang),
      formatMoney(i.unitPrice, currency, lang),
      formatDecimal(i.discount, lang),
      formatMoney(i.amount, currency, lang),
    ];
  });
}

/** Template + model → layout: the three sections through the Liquid sandbox, then the markup. */
export async function buildLayout(
  kind: DocumentKind,
  template: TemplateFields,
  model: Model,
): Promise<PdfLayout> {
  const lang = template.language;
  const [header, body, footer] = await Promise.all([
    renderSection(lang, 'header', template.header, model),
    renderSection(lang, 'body', template.body, model),
    renderSection(lang, 'footer', template.footer, model),
  ]);
  const record = (model.record ?? {}) as Record<string, unknown>;
  return {
    title: `${str(model.documentType) || kind} ${str(record.number)}`.trim(),
    page: {
      size: template.pageFormat,
      orientation: template.pageOrientation,
      margins: template.margins,
    },
    colors: template.colors,
    logo: template.logo,
    header: parseMarkup(header),
    body: parseMarkup(body),
    footer: parseMarkup(footer),
    table: { columns: COLUMNS[lang], rows: itemRows(model, lang) },
  };
}
