import { execFileSync } from 'node:child_process';

/** The PDF as text, page by page (form feeds split pages), no-break spaces made plain. */
export function pdfPages(pdf: Buffer | Uint8Array): string[] {
  const out = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
  }).toString('utf8');
  return out
    .replace(/\u00a0/g, ' ')
    .split('\f')
    .filter((p, n, all) => n < all.length - 1 || p.trim() !== '');
}
