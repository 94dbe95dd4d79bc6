import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentKind } from '../documents/document-kinds';
import {
  DEFAULT_COLORS,
  DEFAULT_MARGINS,
  type PdfLanguage,
  type TemplateFields,
} from './template-input';

const FILE: Record<DocumentKind, string> = {
  Quote: 'quote',
  SalesOrder: 'sales-order',
  Invoice: 'invoice',
};
const DIR = fileURLToPath(new URL('../../../templates/pdf/', import.meta.url));

/** Splits a default file on its `=== header ===`, `=== body ===`, `=== footer ===` lines. */
export function splitSections(source: string) {
  const out = { header: '', body: '', footer: '' };
  const parts = source.split(/^=== (header|body|footer) ===$\n?/m);
  for (let n = 1; n < parts.length; n += 2) {
    out[parts[n] as keyof typeof out] = parts[n + 1] ?? '';
  }
  return out;
}

const cache = new Map<string, TemplateFields>();

/** The shipped template (templates/pdf/<kind>.<lang>.liquid) used when no record is the default. */
export function defaultTemplate(kind: DocumentKind, lang: PdfLanguage): TemplateFields {
  const key = `${kind}.${lang}`;
  let t = cache.get(key);
  if (!t) {
    const source = readFileSync(`${DIR}${FILE[kind]}.${lang}.liquid`, 'utf8');
    t = {
      ...splitSections(source),
      language: lang,
      pageFormat: 'A4',
      pageOrientation: 'portrait',
      margins: DEFAULT_MARGINS,
      logo: null,
      colors: DEFAULT_COLORS,
    };
    cache.set(key, t);
  }
  return t;
}
