import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real-world mail corpus (email.md, Tests: 40 messages with what each must become), kept
 * byte for byte as published (with its README: sources and licences) in tests/fixtures/mail-corpus,
 * or MAIL_CORPUS_DIR.
 */
export const CORPUS_DIR =
  process.env.MAIL_CORPUS_DIR ??
  fileURLToPath(new URL('../fixtures/mail-corpus/', import.meta.url));

export interface CorpusEntry {
  file: string;
  kind: 'normal' | 'reply' | 'automatic' | 'bounce' | 'bulk' | 'malformed';
  notes: string;
  expect: { fromAddress: string | null; subject: string | null; automatic: boolean };
}

export const corpus: CorpusEntry[] = JSON.parse(
  readFileSync(join(CORPUS_DIR, 'index.json'), 'utf8'),
);

export const corpusFile = (file: string) => readFileSync(join(CORPUS_DIR, file));

/** index.json: compare subjects with whitespace collapsed. */
export const collapse = (s: string | null | undefined) =>
  s == null ? null : s.replace(/\s+/g, ' ').trim() || null;
