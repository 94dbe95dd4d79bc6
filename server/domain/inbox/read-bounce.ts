import type { ParsedEmail } from './parse-email';

/** What a bounce says about the message it returns. */
export interface Bounce {
  /** Message-IDs of the returned message (ours, when it is a bounce of our mail). */
  originalIds: string[];
  /** The receiving server's reason, for the failed e-mail's `error`. */
  diagnostic: string;
  /** False for a delay warning (`Action: delayed`): the message may still be delivered. */
  final: boolean;
}

const RETURNED = ['message/rfc822', 'text/rfc822-headers', 'message/delivery-status'];
const ID_LINE =
  /^(?:Message-ID|Original-Message-ID|X-Original-Message-ID)[ \t]*:[ \t]*(<[^<>\s]+>)/gim;
// A signed id of ours anywhere in the text (a bounce that quotes only part of the message).
const OUR_TOKEN = /<case\.[0-9a-f]{32}\.[0-9a-f]{12}\.[0-9a-f]{16}@[^<>\s]+>/gi;

const field = (texts: string[], name: string) => {
  const re = new RegExp(`^${name}[ \\t]*:[ \\t]*(.+)$`, 'im');
  for (const t of texts) {
    const m = re.exec(t);
    if (m) return m[1]!.trim();
  }
  return undefined;
};

/**
 * Reads a delivery failure report (multipart/report delivery-status, or a MAILER-DAEMON /
 * postmaster message without one): the ids of the message it returns, from the returned copy or
 * headers, or any of our signed Message-IDs quoted in the text. Null when it is not a bounce.
 */
export function readBounce(parsed: ParsedEmail, raw: Buffer, ownId: string): Bounce | null {
  const type = parsed.headers.get('Content-Type') ?? '';
  const report =
    /^multipart\/report\b/i.test(type) && /report-type\s*=\s*"?delivery-status/i.test(type);
  const daemon = /^(mailer-daemon|postmaster)@/i.test(parsed.from ?? '');
  // A bounce from an unusual sender still has the null envelope sender and says what it is.
  const nullSender = parsed.headers.all('Return-Path').some((v) => /^<\s*>$/.test(v.trim()));
  const says =
    /undeliver|not (be )?delivered|delivery (status|failure|has failed)|returned mail|failure notice/i;
  if (!report && !daemon && !(nullSender && says.test(parsed.subject))) return null;

  const parts = parsed.attachments
    .filter((a) => RETURNED.includes(a.contentType) || a.contentType.startsWith('message/global'))
    .map((a) => a.content.toString('latin1'));
  const texts = [...parts, parsed.text, raw.toString('latin1')];
  const ids = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(ID_LINE)) ids.add(m[1]!);
    for (const m of t.matchAll(OUR_TOKEN)) ids.add(m[0]);
  }
  for (const id of [parsed.inReplyTo, ...parsed.references]) if (id) ids.add(id);
  ids.delete(ownId);

  const status = parsed.attachments
    .filter((a) => a.contentType === 'message/delivery-status')
    .map((a) => a.content.toString('latin1'));
  const actions = status.flatMap((t) =>
    [...t.matchAll(/^Action[ \t]*:[ \t]*(\S+)/gim)].map((m) => m[1]!),
  );
  const final = !actions.length || actions.some((a) => /^failed$/i.test(a));
  const diagnostic =
    field(status, 'Diagnostic-Code')?.replace(/^smtp;\s*/i, '') ??
    field(status, 'Status') ??
    (parsed.subject || 'Undeliverable');
  return { originalIds: [...ids], diagnostic: diagnostic.slice(0, 500), final };
}
