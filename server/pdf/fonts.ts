import { fileURLToPath } from 'node:url';

/**
 * DejaVu Sans covers Latin accents, €, Ł, č and Cyrillic. pdfkit gets the path, not a Buffer:
 * with a Buffer its table code gets far slower or crashes (architecture.md field notes).
 */
const dir = (f: string) => fileURLToPath(new URL(`../../templates/fonts/${f}`, import.meta.url));
export const FONT_REGULAR = dir('DejaVuSans.ttf');
export const FONT_BOLD = dir('DejaVuSans-Bold.ttf');
