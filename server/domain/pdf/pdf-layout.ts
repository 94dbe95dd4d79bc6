import type { PdfColors, PdfMargins } from '../../../db/schema/pdf-templates';

/**
 * What the domain hands to the drawing code (server/pdf): plain data, no pdfkit. The split keeps
 * the rules (which template, which data, the sandbox, number formats) testable without a PDF,
 * and pdfkit's quirks (fonts by path, pages, repeated table headers) in one place.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string; align: Align }
  | { kind: 'text'; text: string; bold: boolean; align: Align }
  | { kind: 'rule' }
  | { kind: 'space' }
  /** Where the items table goes (`[[items]]`). */
  | { kind: 'items' };

export type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  label: string;
  align: Align;
  /** Share of the content width. */
  width: number;
}

export interface PdfLayout {
  title: string;
  page: {
    size: 'A4' | 'Letter';
    orientation: 'portrait' | 'landscape';
    /** Millimetres. */
    margins: PdfMargins;
  };
  colors: PdfColors;
  /** PNG or JPEG data URL drawn at the top of each page's header. */
  logo: string | null;
  header: Block[];
  body: Block[];
  /** Footer text may hold `[[page]]` and `[[pages]]`, filled in once the page count is known. */
  footer: Block[];
  table: { columns: TableColumn[]; rows: string[][] };
}
