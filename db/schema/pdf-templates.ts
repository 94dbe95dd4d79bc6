import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';

export interface PdfMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export interface PdfColors {
  primary: string;
  text: string;
}

/**
 * Admin-kept PDF templates for quotes, orders and invoices: Liquid header/body/footer and page
 * settings. Margins are millimetres. At most one default per entity type and language (the
 * domain clears the others when one becomes the default).
 */
export const pdfTemplates = pgTable(
  'pdf_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    entityType: text('entity_type').notNull(),
    language: text('language').notNull().default('en'),
    isDefault: boolean('is_default').notNull().default(false),
    header: text('header').notNull().default(''),
    body: text('body').notNull().default(''),
    footer: text('footer').notNull().default(''),
    pageFormat: text('page_format').notNull().default('A4'),
    pageOrientation: text('page_orientation').notNull().default('portrait'),
    margins: jsonb('margins').$type<PdfMargins>().notNull(),
    /** A PNG or JPEG data URL, or null. */
    logo: text('logo'),
    colors: jsonb('colors').$type<PdfColors>().notNull(),
    createdAt: recordColumns().createdAt,
    modifiedAt: recordColumns().modifiedAt,
  },
  (t) => [index('pdf_templates_entity_type').on(t.entityType, t.language)],
);
