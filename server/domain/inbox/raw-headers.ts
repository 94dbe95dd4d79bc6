import { createHash } from 'node:crypto';

/** One header as it came, unfolded; `value` keeps the raw bytes as latin1 characters (1 char = 1 byte). */
export interface RawHeader {
  name: string;
  value: string;
}

/** A message's header block, read without a MIME parser: names are compared case-insensitively. */
export interface HeaderBlock {
  headers: RawHeader[];
  /** Every value of a header, in order. */
  all(name: string): string[];
  /** The first value of a header, or undefined. */
  get(name: string): string | undefined;
}

/**
 * Real mail has CRLF, bare LF and (old Mac) bare CR line endings; a file with CR only is one long
 * "line" to every LF-based parser. Bare CRs become CRLF; anything else is left byte for byte.
 */
export function normalizeLineEndings(raw: Buffer): Buffer {
  if (!raw.includes(13)) return raw;
  const s = raw.toString('latin1');
  if (!/\r(?!\n)/.test(s)) return raw;
  return Buffer.from(s.replace(/\r(?!\n)/g, '\r\n'), 'latin1');
}

const HEAD_BYTES = 256 * 1024;
const HEADER = /^([!-9;-~]+)[ \t]*:(.*)$/;

/**
 * Reads the header block leniently, as mail actually arrives: an mbox `From ` line or a junk line
 * before the headers is skipped, a continuation line that lost its leading whitespace is still
 * a continuation, and the block ends at the first empty line.
 */
export function readHeaderBlock(raw: Buffer): HeaderBlock {
  // Headers are at the start; the body (megabytes of base64) need not be read to find them.
  const text = normalizeLineEndings(raw.subarray(0, HEAD_BYTES)).toString('latin1');
  const lines = text.split(/\r?\n/);
  const headers: RawHeader[] = [];
  let started = false;
  for (const line of lines) {
    if (line === '' || /^[ \t]+$/.test(line)) {
      if (started) break;
      continue;
    }
    const m = HEADER.exec(line);
    if (m) {
      started = true;
      headers.push({ name: m[1]!, value: m[2]!.trim() });
      continue;
    }
    if (!started) continue; // mbox separator or junk before the first header
    const last = headers[headers.length - 1]!;
    last.value = `${last.value} ${line.trim()}`.trim();
  }
  const all = (name: string) =>
    headers.filter((h) => h.name.toLowerCase() === name.toLowerCase()).map((h) => h.value);
  return { headers, all, get: (name) => all(name)[0] };
}

/** The `<…>` message ids in a header value (In-Reply-To, References), bare ids wrapped. */
export function messageIdsIn(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = value.match(/<[^<>\s]+>/g);
  const ids = bracketed ?? value.split(/[\s,]+/).filter((t) => t.includes('@'));
  const out: string[] = [];
  for (const id of ids) {
    const v = id.startsWith('<') ? id : `<${id}>`;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}

/**
 * The message's Message-ID, or a stable one made from the bytes when it has none, so a retried
 * delivery of the same message is still recognised as the same e-mail.
 */
export function messageIdOf(raw: Buffer, block: HeaderBlock = readHeaderBlock(raw)): string {
  const [id] = messageIdsIn(block.get('Message-ID'));
  if (id && id.length <= 900) return id;
  const hash = createHash('sha256').update(raw).digest('hex');
  return `<sha256-${hash}@no-message-id.invalid>`;
}

/** The bare address of a From-like header value, best effort (before the MIME parser runs). */
export function roughAddress(value: string | undefined): string | null {
  if (!value) return null;
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(value) ?? /([^\s<>"(),;:]+@[^\s<>"(),;:]+)/.exec(value);
  return m ? m[1]! : null;
}
