import type { HeaderBlock } from './raw-headers';

/** Who "we" are in mail: our sending address, every mailbox address, our Message-ID domain. */
export interface OurMail {
  addresses: string[];
  messageIdDomain: string;
}

const first = (h: HeaderBlock, name: string) => h.get(name)?.trim();
const token = (v: string) => v.split(/[\s;(]/)[0]!.toLowerCase();
const says = (v: string | undefined, no: RegExp) => v !== undefined && !no.test(v.trim());

/**
 * Why a message is automatic mail (email.md, Routing 1), or null when a person wrote it.
 * Automatic mail never opens a case and never gets an acknowledgement: answering it is how
 * mail loops start. Decided on headers only (RFC 3834 and what real autoresponders send).
 */
export function automaticReason(
  h: HeaderBlock,
  from: string | null,
  ours: OurMail = { addresses: [], messageIdDomain: '' },
): string | null {
  const autoSubmitted = first(h, 'Auto-Submitted');
  if (autoSubmitted && token(autoSubmitted) !== 'no') {
    return `Auto-Submitted: ${autoSubmitted}`;
  }
  const precedence = first(h, 'Precedence');
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(token(precedence))) {
    return `Precedence: ${precedence}`;
  }
  for (const name of ['X-Autoreply', 'X-Autorespond', 'X-Autoresponse']) {
    if (says(first(h, name), /^(no|false|0)$/i)) return `${name} header`;
  }
  // Exchange puts it on automatic replies; the corpus (index.json) counts it as a marker.
  if (first(h, 'X-Auto-Response-Suppress') !== undefined) return 'X-Auto-Response-Suppress header';
  if (/^vacation$/i.test(first(h, 'X-Apple-Action') ?? '')) return 'X-Apple-Action: VACATION';
  if (first(h, 'X-MS-Exchange-Inbox-Rules-Loop') !== undefined) {
    return 'X-MS-Exchange-Inbox-Rules-Loop header';
  }
  if (first(h, 'List-Id') !== undefined) return 'Mailing list (List-Id)';
  if (first(h, 'List-Unsubscribe') !== undefined) return 'Mailing list (List-Unsubscribe)';
  if (h.all('Return-Path').some((v) => /^<\s*>$/.test(v.trim()))) return 'Return-Path: <>';
  const sender = (from ?? '').toLowerCase();
  if (/^(mailer-daemon|postmaster)@/.test(sender)) return `From ${sender}`;
  if (/^multipart\/report\b/i.test(first(h, 'Content-Type') ?? '')) {
    return 'Delivery or read report (multipart/report)';
  }
  if (sender && ours.addresses.some((a) => a.toLowerCase() === sender)) {
    return 'Sent from one of our own addresses';
  }
  const domain = /@([^>\s]+)>?\s*$/.exec(first(h, 'Message-ID') ?? '')?.[1]?.toLowerCase();
  if (domain && ours.messageIdDomain && domain === ours.messageIdDomain.toLowerCase()) {
    return 'Carries one of our own Message-IDs';
  }
  return null;
}
