import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../server/domain/pdf/build-layout';
import { defaultTemplate } from '../../server/domain/pdf/default-templates';
import { documentModel } from '../../server/domain/pdf/document-model';
import { formatMoney } from '../../server/domain/pdf/format';
import { sampleModel } from '../../server/domain/pdf/sample-model';
import { type TemplateFields, templateFields } from '../../server/domain/pdf/template-input';
import { drawPdf } from '../../server/pdf/draw-pdf';
import { pdfPages } from './pdftotext';

const now = new Date('2026-11-27T10:00:00Z');
const template = (t: Partial<TemplateFields>) => templateFields.parse(t);

function invoiceModel(lines: number, lang: 'en' | 'fr' = 'fr') {
  const items = Array.from({ length: lines }, (_, n) => ({
    name: `Article n°${n + 1} – crème brûlée`,
    quantity: '1',
    listPrice: '10.29',
    unitPrice: '10.29',
    discount: '0.00',
    taxRate: null,
    amount: '10.29',
  }));
  return documentModel('Invoice', lang, now, {
    record: {
      number: 'I-00007',
      name: 'Équipement',
      currency: 'EUR',
      taxRate: '20',
      shippingCost: '0.00',
      amount: '1234.56',
      discountAmount: '0.00',
      taxAmount: '246.91',
      grandTotalAmount: '1481.47',
      dateInvoiced: '2026-11-27',
      dateDue: null,
    },
    items,
    account: { name: 'Brûlé & Fils' },
    contact: { firstName: 'Élodie', lastName: 'Brûlé' },
    contacts: [],
  });
}

describe('money', () => {
  it('prints exact decimals per language, with U+00A0 never U+202F', () => {
    expect(formatMoney('1234.56', 'EUR', 'fr')).toBe('1\u00a0234,56\u00a0€');
    expect(formatMoney('1234567.5', 'EUR', 'en')).toBe('€1,234,567.50');
    expect(formatMoney('0.10', 'USD', 'en')).toBe('$0.10');
    expect(formatMoney('-5', 'EUR', 'fr')).toBe('-5,00\u00a0€');
    expect(formatMoney('12345678901234567.89', 'EUR', 'fr')).toBe(
      '12\u00a0345\u00a0678\u00a0901\u00a0234\u00a0567,89\u00a0€',
    );
  });
});

describe('rendering', () => {
  it('fills placeholders, runs loops and prints accents and €', async () => {
    const t = template({
      language: 'fr',
      header: '# {{ documentType }} {{ record.number }}',
      body: [
        '**{{ contact.firstName }} {{ contact.lastName }}**',
        '{% for i in items limit: 3 %}- {{ i.position }}. {{ i.name }}\n{% endfor %}',
        'Total : {{ record.amount | money }}',
        'Euro seul : €',
      ].join('\n'),
      footer: 'Page [[page]] / [[pages]]',
    });
    const pdf = await drawPdf(await buildLayout('Invoice', t, invoiceModel(3)));
    const [page] = pdfPages(pdf);
    expect(page).toContain('Facture I-00007');
    expect(page).toContain('Élodie Brûlé');
    expect(page).toContain('- 1. Article n°1 – crème brûlée');
    expect(page).toContain('- 3. Article n°3');
    expect(page).toContain('Total : 1 234,56 €');
    expect(page).toContain('Euro seul : €');
    expect(page).toContain('Page 1 / 1');
  });

  it('continues a 120-line invoice over pages, with the table header on every page', async () => {
    const pdf = await drawPdf(
      await buildLayout('Invoice', defaultTemplate('Invoice', 'fr'), invoiceModel(120)),
    );
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const n = pages.length;
    pages.forEach((p, i) => {
      expect(p).toMatch(/Désignation\s+Qté\s+Prix unitaire\s+Remise %\s+Montant/);
      expect(p).toContain(`Page ${i + 1} / ${n}`);
      expect(p).toContain('Facture I-00007');
    });
    expect(pages[1]).toContain(`Page 2 / ${n}`);
    const all = pages.join('\n');
    for (const k of [1, 60, 120]) expect(all).toContain(`Article n°${k} – crème brûlée`);
    expect(all).toContain('10,29 €');
    expect(all).toContain('Total: 1 481,47 €');
  });

  it('renders every shipped default in both languages', async () => {
    for (const kind of ['Quote', 'SalesOrder', 'Invoice'] as const) {
      for (const lang of ['en', 'fr'] as const) {
        const text = pdfPages(
          await drawPdf(
            await buildLayout(kind, defaultTemplate(kind, lang), sampleModel(kind, lang, now)),
          ),
        ).join('\n');
        expect(text).toContain(lang === 'fr' ? '1 481,47 €' : '€1,481.47');
        expect(text).toContain('Brûlé & Fils SARL');
      }
    }
  });

  it('honours page format, orientation, margins, colours and a logo', async () => {
    const png1x1 =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const t = template({
      pageFormat: 'Letter',
      pageOrientation: 'landscape',
      margins: { top: 5, right: 5, bottom: 5, left: 5 },
      logo: png1x1,
      colors: { primary: '#aa0000', text: '#000000' },
      body: 'Hello {{ account.name }}\n[[items]]',
    });
    const pdf = await drawPdf(await buildLayout('Quote', t, sampleModel('Quote', 'en', now)));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/MediaBox \[0 0 792 612\]/);
    expect(pdfPages(pdf)[0]).toContain('Hello Brûlé & Fils SARL');
  });
});
