import { z } from 'zod';

export const PDF_ENTITY_TYPES = ['Quote', 'SalesOrder', 'Invoice'] as const;
export type PdfEntityType = (typeof PDF_ENTITY_TYPES)[number];
export const PDF_LANGUAGES = ['en', 'fr'] as const;
export type PdfLanguage = (typeof PDF_LANGUAGES)[number];

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `One of: ${values.join(', ')}.` });

/** Liquid source of one section; 50 000 characters is far more than any real template. */
const liquid = z.string().max(50_000, 'At most 50 000 characters.');

/** Millimetres; 0–100 keeps some page for the content. */
const mm = z.number('A number of millimetres.').min(0).max(100);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour such as #1f4e79.');

/**
 * A PNG or JPEG data URL up to ~500 kB: pdfkit draws only those, and the template row stays small.
 */
const logo = z
  .string()
  .max(700_000, 'The logo must be under 500 kB.')
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, 'A PNG or JPEG data URL.')
  .nullable();

export const DEFAULT_MARGINS = { top: 15, right: 15, bottom: 15, left: 15 };
export const DEFAULT_COLORS = { primary: '#1f4e79', text: '#222222' };

/** What drawing needs of a template (also what the admin preview sends). */
export const templateFields = z.object({
  language: oneOf(PDF_LANGUAGES).default('en'),
  header: liquid.default(''),
  body: liquid.default(''),
  footer: liquid.default(''),
  pageFormat: oneOf(['A4', 'Letter']).default('A4'),
  pageOrientation: oneOf(['portrait', 'landscape']).default('portrait'),
  margins: z.object({ top: mm, right: mm, bottom: mm, left: mm }).default(DEFAULT_MARGINS),
  logo: logo.default(null),
  colors: z.object({ primary: colour, text: colour }).default(DEFAULT_COLORS),
});
export type TemplateFields = z.infer<typeof templateFields>;

export const templateCreateInput = templateFields.extend({
  name: z.string('Enter a name.').trim().min(1, 'Enter a name.').max(255),
  entityType: oneOf(PDF_ENTITY_TYPES),
  isDefault: z.boolean().default(false),
});

/** A partial update: no defaults, so fields left out stay as they are. */
export const templateUpdateInput = z.object({
  name: templateCreateInput.shape.name.optional(),
  entityType: oneOf(PDF_ENTITY_TYPES).optional(),
  isDefault: z.boolean().optional(),
  language: oneOf(PDF_LANGUAGES).optional(),
  header: liquid.optional(),
  body: liquid.optional(),
  footer: liquid.optional(),
  pageFormat: oneOf(['A4', 'Letter']).optional(),
  pageOrientation: oneOf(['portrait', 'landscape']).optional(),
  margins: z.object({ top: mm, right: mm, bottom: mm, left: mm }).optional(),
  logo: logo.optional(),
  colors: z.object({ primary: colour, text: colour }).optional(),
});

/** `POST /api/pdf-templates/preview`: the fields being edited, and optionally a real record. */
export const previewInput = templateFields.extend({
  entityType: oneOf(PDF_ENTITY_TYPES),
  recordId: z.uuid('Not a valid id.').nullish(),
});
