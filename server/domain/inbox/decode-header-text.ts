/**
 * A lenient decoder for header text, used where the MIME parser gives up (email.md: mail from
 * real clients): raw 8-bit headers in an undeclared charset, encoded words with whitespace
 * inside, and UTF-7, which TextDecoder does not know.
 */

/** UTF-7 (RFC 2152): `+<modified base64 of UTF-16BE>-`; `+-` is a plus sign. */
export function decodeUtf7(s: string): string {
  return s.replace(/\+([A-Za-z0-9+/]*)-?/g, (_m, b64: string) => {
    if (!b64) return '+';
    const bytes = Buffer.from(b64, 'base64');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
    return out;
  });
}

const isUtf7 = (charset: string) => /^(unicode-1-1-)?utf-?7$/i.test(charset);

/** Bytes in a named charset; an unknown charset reads as Windows-1252 rather than failing. */
export function decodeBytes(bytes: Buffer, charset: string): string {
  const name = charset.split('*')[0]!.trim().toLowerCase();
  if (isUtf7(name)) return decodeUtf7(bytes.toString('latin1'));
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * The charset of 8-bit text nobody declared. Cyrillic words are runs of high bytes (Latin text
 * has an accent here and there); KOI8-R puts lower case in 0xC0–0xDF where Windows-1251 puts
 * upper case, and running text is mostly lower case.
 */
export function guessCharset(bytes: Buffer): string {
  if (isUtf8(bytes)) return 'utf-8';
  let run = 0;
  let longest = 0;
  let low = 0;
  let high = 0;
  for (const b of bytes) {
    run = b >= 0xc0 ? run + 1 : 0;
    longest = Math.max(longest, run);
    if (b >= 0xc0 && b <= 0xdf) low++;
    else if (b >= 0xe0) high++;
  }
  if (longest >= 3) return low >= high ? 'koi8-r' : 'windows-1251';
  return 'windows-1252';
}

/** Raw header bytes (held as latin1 characters) as text: UTF-8 when valid, else the given or guessed charset. */
function rawToText(value: string, charset?: string): string {
  if (!/[\x80-\xff]/.test(value)) return value;
  const bytes = Buffer.from(value, 'latin1');
  if (isUtf8(bytes)) return bytes.toString('utf8');
  return decodeBytes(bytes, charset ?? guessCharset(bytes));
}

function decodeWord(charset: string, encoding: string, data: string): string {
  const bytes =
    encoding.toUpperCase() === 'B'
      ? Buffer.from(data.replace(/\s+/g, ''), 'base64')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        );
  return decodeBytes(bytes, charset);
}

const WORD = /=\?([^?\s]+)\?([QqBb])\?([\s\S]*?)\?=/g;

/**
 * Decodes a raw header value (latin1 characters, as read by raw-headers.ts): 8-bit bytes in
 * UTF-8 or `charset`, and RFC 2047 encoded words, even ones with whitespace inside; whitespace
 * between two encoded words is dropped, as the RFC says.
 */
export function decodeHeaderText(value: string, charset?: string): string {
  const text = rawToText(value, charset);
  return text
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(WORD, (_m, cs: string, enc: string, data: string) => decodeWord(cs, enc, data));
}

/** Whether the parser's reading of a header needs the lenient decoder. */
export function looksUndecoded(parsed: string, raw: string): boolean {
  return (
    parsed.includes('\uFFFD') ||
    /=\?[^?\s]+\?[QqBb]\?/.test(parsed) ||
    /=\?(unicode-1-1-)?utf-?7\?/i.test(raw)
  );
}
