import PDFDocument from 'pdfkit';
import { buildLayout } from '../server/domain/pdf/build-layout';
import { defaultTemplate } from '../server/domain/pdf/default-templates';
import { documentModel, type Model } from '../server/domain/pdf/document-model';
import { formatMoney } from '../server/domain/pdf/format';
import { drawPdf } from '../server/pdf/draw-pdf';
import { FONT_BOLD, FONT_REGULAR } from '../server/pdf/fonts';
import { ms, summarize } from './support/stats';
import type { Benchmark } from './types';

const LINES = 120;
const WARMUP = 20;
const RUNS = 50;
const GOAL = { p50Ms: 150, ratio: 1.5 };

function model(): Model {
  const items = Array.from({ length: LINES }, (_, n) => ({
    name: `Article n°${n + 1} – crème brûlée`,
    quantity: '1',
    listPrice: '10.29',
    unitPrice: '10.29',
    discount: '0.00',
    taxRate: null,
    amount: '10.29',
  }));
  return documentModel('Invoice', 'fr', new Date('2026-11-27T10:00:00Z'), {
    record: {
      number: 'I-00007',
      name: 'Équipement',
      currency: 'EUR',
      taxRate: '20',
      shippingCost: '0.00',
      amount: '1234.80',
      discountAmount: '0.00',
      taxAmount: '246.96',
      grandTotalAmount: '1481.76',
    },
    items,
    account: { name: 'Brûlé & Fils' },
    contact: { firstName: 'Élodie', lastName: 'Brûlé' },
    contacts: [],
  });
}

/** Ours: the whole pipeline from an in-memory model (Liquid sandbox, markup, layout, pdfkit). */
const ours = async (m: Model) =>
  drawPdf(await buildLayout('Invoice', defaultTemplate('Invoice', 'fr'), m));

/** The baseline: bare pdfkit drawing the same 120-row table, same font by path, header once. */
function bare(): Promise<Buffer> {
  // The efficient bare usage: fonts registered once per document, used by name.
  const doc = new PDFDocument({ size: 'A4', margin: 42.5 });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  const x = doc.page.margins.left;
  const width = doc.page.width - 2 * x;
  const widths = [0.44, 0.1, 0.17, 0.11, 0.18].map((w) => w * width);
  const lefts = widths.map((_, n) => x + widths.slice(0, n).reduce((a, w) => a + w, 0));
  const row = (cells: string[], font: string) => {
    doc.font(font).fontSize(8.5);
    const h = doc.heightOfString(cells[0]!, { width: widths[0]! - 8 }) + 8;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    cells.forEach((c, n) => {
      doc.text(c, lefts[n]! + 4, y + 4, {
        width: widths[n]! - 8,
        align: n ? 'right' : 'left',
        lineBreak: n === 0,
      });
    });
    doc.y = y + h;
  };
  row(['Désignation', 'Qté', 'Prix unitaire', 'Remise %', 'Montant'], 'bold');
  for (let n = 1; n <= LINES; n++) {
    const price = formatMoney('10.29', 'EUR', 'fr');
    row([`Article n°${n} – crème brûlée`, '1', price, '0', price], 'regular');
  }
  doc.end();
  return done;
}

async function sample(fn: () => Promise<unknown>) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * A 120-line invoice PDF, warm (20 warm-up runs, 50 measured, alternating ours and the baseline so
 * both see the same machine state). Figure: p50/p95 and the p50 ratio against bare pdfkit.
 */
export const documentPdf: Benchmark = {
  name: 'document-pdf',
  async run() {
    const m = model();
    for (let n = 0; n < WARMUP; n++) {
      await ours(m);
      await bare();
    }
    const a: number[] = [];
    const b: number[] = [];
    for (let n = 0; n < RUNS; n++) {
      a.push(await sample(() => ours(m)));
      b.push(await sample(bare));
    }
    const o = summarize(a);
    const base = summarize(b);
    const ratio = o.p50 / base.p50;
    console.log(
      `ours (template → layout → pdfkit): p50 ${ms(o.p50)}  p95 ${ms(o.p95)}  max ${ms(o.max)}`,
    );
    console.log(
      `bare pdfkit, same table and font:  p50 ${ms(base.p50)}  p95 ${ms(base.p95)}  max ${ms(base.max)}`,
    );
    console.log(
      `ratio (p50): ${ratio.toFixed(2)}  goal: p50 < ${GOAL.p50Ms} ms, ratio < ${GOAL.ratio}`,
    );
    console.log(o.p50 < GOAL.p50Ms && ratio < GOAL.ratio ? 'goal met' : 'goal NOT met');
  },
};
