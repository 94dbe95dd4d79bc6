import PDFDocument from 'pdfkit';
import type { Block, PdfLayout } from '../domain/pdf/pdf-layout';
import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { drawItemsTable } from './items-table';

type Doc = PDFKit.PDFDocument;
const MM = 72 / 25.4;

const SIZE = { heading1: 16, heading2: 12, text: 9.5 };
const SPACE = 6;
const RULE = 8;

/** Where the body may go on the current page; the header is redrawn on every new page. */
export interface Frame {
  doc: Doc;
  layout: PdfLayout;
  x: number;
  width: number;
  /** Lowest y the body may reach (the footer sits below). */
  bottom: number;
  newPage(): void;
}

function blockStyle(doc: Doc, layout: PdfLayout, b: Block) {
  if (b.kind === 'heading') {
    doc.font('bold').fontSize(b.level === 1 ? SIZE.heading1 : SIZE.heading2);
    doc.fillColor(layout.colors.primary);
  } else {
    doc.font(b.kind === 'text' && b.bold ? 'bold' : 'regular').fontSize(SIZE.text);
    doc.fillColor(layout.colors.text);
  }
}

function blockHeight(doc: Doc, layout: PdfLayout, b: Block, width: number, text?: string) {
  if (b.kind === 'space') return SPACE;
  if (b.kind === 'rule') return RULE;
  if (b.kind === 'items') return 0;
  blockStyle(doc, layout, b);
  return doc.heightOfString(text ?? b.text, { width }) + 2;
}

function drawBlock(
  doc: Doc,
  layout: PdfLayout,
  b: Block,
  x: number,
  y: number,
  width: number,
  text?: string,
) {
  const h = blockHeight(doc, layout, b, width, text);
  if (b.kind === 'rule') {
    doc.save().lineWidth(0.5).strokeColor(layout.colors.primary);
    doc
      .moveTo(x, y + RULE / 2)
      .lineTo(x + width, y + RULE / 2)
      .stroke()
      .restore();
  } else if (b.kind === 'heading' || b.kind === 'text') {
    doc.text(text ?? b.text, x, y, { width, align: b.align });
  }
  return y + h;
}

function drawHeader(f: Frame): number {
  const { doc, layout } = f;
  let y = doc.page.margins.top;
  if (layout.logo) {
    const data = Buffer.from(layout.logo.slice(layout.logo.indexOf(',') + 1), 'base64');
    doc.image(data, f.x, y, { fit: [140, 40] });
    y += 46;
  }
  for (const b of layout.header) y = drawBlock(doc, layout, b, f.x, y, f.width);
  return y + (layout.header.length ? SPACE : 0);
}

const pageText = (t: string, page: number, pages: number) =>
  t.replaceAll('[[page]]', String(page)).replaceAll('[[pages]]', String(pages));

/** Footers need the page count, so they are drawn last on every buffered page. */
function drawFooters(doc: Doc, layout: PdfLayout, x: number, width: number, height: number) {
  const { start, count } = doc.bufferedPageRange();
  for (let p = start; p < start + count; p++) {
    doc.switchToPage(p);
    let y = doc.page.height - doc.page.margins.bottom - height;
    for (const b of layout.footer) {
      const text =
        b.kind === 'text' || b.kind === 'heading' ? pageText(b.text, p + 1, count) : undefined;
      y = drawBlock(doc, layout, b, x, y, width, text);
    }
  }
}

/** Draws a layout to a PDF buffer (A4/Letter, orientation, margins in mm, DejaVu Sans). */
export async function drawPdf(layout: PdfLayout): Promise<Buffer> {
  const m = layout.page.margins;
  const doc = new PDFDocument({
    size: layout.page.size,
    layout: layout.page.orientation,
    margins: { top: m.top * MM, right: m.right * MM, bottom: m.bottom * MM, left: m.left * MM },
    bufferPages: true,
    autoFirstPage: false,
    // No `font` here: opening the same TTF by path and again by its registered name embeds it
    // twice and made a document ~5× slower; every draw names 'regular' or 'bold'.
    info: { Title: layout.title },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  doc.addPage();
  const x = doc.page.margins.left;
  const width = doc.page.width - x - doc.page.margins.right;
  // Page numbers take at most a few characters more than the placeholders: measure with "999".
  const footerHeight = layout.footer.reduce(
    (h, b) =>
      h +
      blockHeight(
        doc,
        layout,
        b,
        width,
        b.kind === 'text' || b.kind === 'heading' ? pageText(b.text, 999, 999) : undefined,
      ),
    0,
  );
  const frame: Frame = {
    doc,
    layout,
    x,
    width,
    bottom: doc.page.height - doc.page.margins.bottom - footerHeight - SPACE,
    newPage() {
      doc.addPage();
      doc.y = drawHeader(frame);
    },
  };
  doc.y = drawHeader(frame);
  for (const b of layout.body) {
    if (b.kind === 'items') {
      drawItemsTable(frame);
      continue;
    }
    const h = blockHeight(doc, layout, b, width);
    if (doc.y + h > frame.bottom && b.kind !== 'space') frame.newPage();
    doc.y = drawBlock(doc, layout, b, x, doc.y, width);
  }
  drawFooters(doc, layout, x, width, footerHeight);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
