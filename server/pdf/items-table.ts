import type { Frame } from './draw-pdf';

const FONT_SIZE = 8.5;
const PAD = 4;
const ZEBRA = '#f3f5f8';

/**
 * The items table, drawn cell by cell rather than with `doc.table`: pdfkit's table does not
 * repeat its header row, and long lists must show it again at the top of every page.
 */
export function drawItemsTable(f: Frame) {
  const { doc, layout } = f;
  const { columns, rows } = layout.table;
  const widths = columns.map((c) => c.width * f.width);
  const lefts = widths.map((_, n) => f.x + widths.slice(0, n).reduce((a, w) => a + w, 0));
  doc.fontSize(FONT_SIZE);
  const lineHeight = doc.font('regular').currentLineHeight(true);

  const drawHeaderRow = () => {
    doc.font('bold').fontSize(FONT_SIZE);
    const h =
      Math.max(
        ...columns.map((c, n) => doc.heightOfString(c.label, { width: widths[n]! - 2 * PAD })),
      ) +
      2 * PAD;
    doc.save().rect(f.x, doc.y, f.width, h).fill(layout.colors.primary).restore();
    doc.fillColor('#ffffff');
    const y = doc.y;
    columns.forEach((c, n) => {
      doc.text(c.label, lefts[n]! + PAD, y + PAD, { width: widths[n]! - 2 * PAD, align: c.align });
    });
    doc.y = y + h;
    doc.font('regular').fontSize(FONT_SIZE).fillColor(layout.colors.text);
  };

  if (doc.y + 3 * lineHeight + 4 * PAD > f.bottom) f.newPage();
  drawHeaderRow();
  rows.forEach((row, r) => {
    // Only the description wraps; the figures are one line each.
    const h = doc.heightOfString(row[0] ?? '', { width: widths[0]! - 2 * PAD }) + 2 * PAD;
    if (doc.y + h > f.bottom) {
      f.newPage();
      drawHeaderRow();
    }
    const y = doc.y;
    if (r % 2 === 1) doc.save().rect(f.x, y, f.width, h).fill(ZEBRA).restore();
    doc.fillColor(layout.colors.text);
    row.forEach((cell, n) => {
      doc.text(cell, lefts[n]! + PAD, y + PAD, {
        width: widths[n]! - 2 * PAD,
        align: columns[n]?.align ?? 'left',
        lineBreak: n === 0,
      });
    });
    doc.y = y + h;
  });
  doc.save().lineWidth(0.5).strokeColor(layout.colors.primary);
  doc
    .moveTo(f.x, doc.y)
    .lineTo(f.x + f.width, doc.y)
    .stroke()
    .restore();
  doc.y += 6;
}
