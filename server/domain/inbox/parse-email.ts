import { type AddressObject, type EmailAddress, simpleParser } from 'mailparser';
import { decodeBytes, decodeHeaderText, guessCharset, looksUndecoded } from './decode-header-text';
import {
  type HeaderBlock,
  messageIdsIn,
  normalizeLineEndings,
  readHeaderBlock,
  roughAddress,
} from './raw-headers';

export interface ParsedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** What the pipeline reads from a raw message: the parser's result, repaired where real mail breaks it. */
export interface ParsedEmail {
  /** The sender's bare address, or null when there is none. */
  from: string | null;
  fromName: string | null;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string | null;
  inReplyTo: string | null;
  references: string[];
  attachments: ParsedAttachment[];
  /** The raw header block (automatic-mail markers, bounce detection). */
  headers: HeaderBlock;
}

/** `"x"@example.com>` (a stray bracket) → `"x"@example.com`; null unless it looks like an address. */
export function cleanAddress(value: string | null | undefined): string | null {
  const v = (value ?? '').trim().replace(/^[<\s]+|[>\s]+$/g, '');
  return v.includes('@') && !/\s/.test(v.replace(/"[^"]*"/g, '')) ? v : null;
}

function addresses(list: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  const objects = Array.isArray(list) ? list : list ? [list] : [];
  return objects
    .flatMap((o) => o.value)
    .flatMap((a) => (a.group ? a.group : [a]))
    .filter((a) => !!a.address);
}

const addressList = (list: AddressObject | AddressObject[] | undefined) =>
  addresses(list)
    .map((a) => cleanAddress(a.address))
    .filter((a): a is string => !!a);

/** The charset a message declares at the top (header text in 8 bits usually shares it). */
const declaredCharset = (h: HeaderBlock) =>
  /charset\s*=\s*"?([^";\s]+)/i.exec(h.get('Content-Type') ?? '')?.[1];

/**
 * A body with no MIME headers in raw 8-bit bytes (no charset declared anywhere): the parser reads
 * it as UTF-8 and shows replacement characters; read it again in the guessed charset.
 */
function undeclaredBody(raw: Buffer, h: HeaderBlock, charset: string): string | null {
  const type = h.get('Content-Type');
  const encoding = (h.get('Content-Transfer-Encoding') ?? '').toLowerCase();
  if ((type && !/^text\/plain/i.test(type)) || /charset/i.test(type ?? '')) return null;
  if (encoding === 'base64' || encoding === 'quoted-printable') return null;
  const s = raw.toString('latin1');
  const m = /\r?\n\r?\n/.exec(s);
  if (!m) return null;
  return decodeBytes(Buffer.from(s.slice(m.index + m[0].length), 'latin1'), charset);
}

const EXTENSIONS: Record<string, string> = {
  'message/rfc822': 'eml',
  'text/rfc822-headers': 'txt',
  'message/delivery-status': 'txt',
  'text/plain': 'txt',
  'text/html': 'html',
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
};

const attachmentName = (contentType: string, position: number) =>
  `attachment-${position + 1}.${EXTENSIONS[contentType.toLowerCase()] ?? 'bin'}`;

/** The display name without the address (`"Name" <a@b>`, `a@b (Name)`), raw. */
function rawDisplayName(from: string): string {
  const comment = /^\s*[^\s<>()]+@[^\s<>()]+\s*\((.*)\)\s*$/.exec(from);
  if (comment) return comment[1]!;
  return from
    .replace(/<[^<>]*>\s*$/, '')
    .trim()
    .replace(/^"(.*)"$/, '$1');
}

/**
 * Parses a raw message with mailparser (charsets through iconv, MIME structure), on line endings
 * it understands, and repairs what it cannot read: raw 8-bit headers in an undeclared charset,
 * UTF-7 encoded words, a stray bracket around the sender. Throws only on a message nothing can
 * be made of.
 */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  const normalized = normalizeLineEndings(raw);
  const headers = readHeaderBlock(normalized);
  const parsed = await simpleParser(normalized, {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
    keepCidLinks: true,
    keepDeliveryStatus: true,
  });
  // Undeclared 8-bit text is guessed from the whole message: a short subject alone can mislead.
  const charset = () => declaredCharset(headers) ?? guessCharset(normalized);

  const rawFrom = headers.get('From') ?? '';
  const sender = addresses(parsed.from)[0];
  const from = cleanAddress(sender?.address) ?? cleanAddress(roughAddress(rawFrom));
  let fromName = sender?.name?.trim() || null;
  if (fromName && looksUndecoded(fromName, rawFrom)) {
    fromName = decodeHeaderText(rawDisplayName(rawFrom), charset()).trim() || null;
  }
  if (fromName && from && fromName.toLowerCase() === from.toLowerCase()) fromName = null;

  const rawSubject = headers.get('Subject');
  let subject = parsed.subject ?? '';
  if (rawSubject && looksUndecoded(subject, rawSubject)) {
    subject = decodeHeaderText(rawSubject, charset());
  }

  let text = parsed.text ?? '';
  if (text.includes('\uFFFD')) text = undeclaredBody(normalized, headers, charset()) ?? text;

  return {
    from,
    fromName,
    to: addressList(parsed.to),
    cc: addressList(parsed.cc),
    subject,
    text,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    inReplyTo: messageIdsIn(headers.get('In-Reply-To'))[0] ?? null,
    references: messageIdsIn(headers.all('References').join(' ')),
    attachments: parsed.attachments.map((a, i) => {
      const contentType = (a.contentType || 'application/octet-stream').toLowerCase();
      return {
        filename: a.filename?.trim() || attachmentName(contentType, i),
        contentType,
        content: a.content,
      };
    }),
    headers,
  };
}
