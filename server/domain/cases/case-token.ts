import { randomBytes } from 'node:crypto';
import { sign } from '../keys';

/**
 * Our own Message-IDs carry a signed case token (email.md, reply matching):
 * `<case.<case id, 32 hex>.<nonce>.<signature>@<domain>>`. A reply whose In-Reply-To or
 * References holds such an id belongs to that case, even if the customer's client dropped the
 * subject tag; a forged or altered token is not accepted (the signature is keyed by SECRET_KEY).
 */
export function caseMessageId(caseId: string, domain: string): string {
  const id = caseId.replace(/-/g, '').toLowerCase();
  const nonce = randomBytes(6).toString('hex');
  return `<case.${id}.${nonce}.${sign('mail-token', `${id}.${nonce}`)}@${domain}>`;
}

const TOKEN = /<?case\.([0-9a-f]{32})\.([0-9a-f]{12})\.([0-9a-f]{16})@([^>\s]+)>?/i;

/** The case id a Message-ID of ours names, or null (not ours, or a bad signature). */
export function caseIdFromMessageId(messageId: string): string | null {
  const m = TOKEN.exec(messageId);
  if (!m) return null;
  const [, id, nonce, sig] = m as unknown as [string, string, string, string];
  if (sign('mail-token', `${id.toLowerCase()}.${nonce.toLowerCase()}`) !== sig.toLowerCase()) {
    return null;
  }
  const h = id.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The `[#123]` tag our subjects carry; null when the subject has none. */
export function caseNumberFromSubject(subject: string | null | undefined): number | null {
  const m = /\[#(\d{1,9})\]/.exec(subject ?? '');
  return m ? Number(m[1]) : null;
}

/** `Re: [#123] <case name>` (email.md, Outbound). */
export function replySubject(number: number, name: string): string {
  return `Re: [#${number}] ${name.replace(/^\s*((re|fw|fwd|aw|tr)\s*:\s*)+/i, '')}`;
}
