import { and, desc, eq, inArray, isNotNull, notInArray } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import type { Ctx } from '../context';

/** How many earlier Message-IDs a reply's References keeps (the first one and the latest). */
const MAX_REFERENCES = 20;

/** The customer's last message on a case: what a reply answers and quotes. */
export interface LastInbound {
  messageId: string | null;
  references: string[];
  from: string | null;
  fromName: string | null;
  text: string;
  createdAt: Date;
}

const bracketed = (id: string) => {
  const bare = id.trim().replace(/^<|>$/g, '');
  return bare ? `<${bare}>` : '';
};

/**
 * Where a case's e-mail thread stands: the customer's last message (automatic mail and
 * quarantined messages do not count) and the Message-IDs we already sent on it, oldest first.
 */
export async function caseThread(ctx: Ctx, caseId: string) {
  const onCase = and(eq(emails.parentType, 'Case'), eq(emails.parentId, caseId));
  const [lastInbound] = await ctx.db
    .select({
      messageId: emails.messageId,
      references: emails.references,
      from: emails.from,
      fromName: emails.fromName,
      text: emails.text,
      createdAt: emails.createdAt,
    })
    .from(emails)
    .where(
      and(
        onCase,
        eq(emails.direction, 'in'),
        notInArray(emails.status, ['Ignored', 'Quarantined']),
      ),
    )
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(1);
  const sent = await ctx.db
    .select({ messageId: emails.messageId })
    .from(emails)
    .where(
      and(
        onCase,
        eq(emails.direction, 'out'),
        isNotNull(emails.messageId),
        // A failed e-mail never reached the customer's thread.
        inArray(emails.status, ['Queued', 'Sent', 'Kept']),
      ),
    )
    .orderBy(desc(emails.createdAt), desc(emails.id))
    .limit(MAX_REFERENCES);
  return {
    lastInbound: (lastInbound ?? null) as LastInbound | null,
    ourIds: sent.map((r) => r.messageId!).reverse(),
  };
}

/**
 * email.md, Outbound: `References` = the thread so far plus our own ID. The thread is what the
 * customer's last message referenced, our earlier messages, then that message itself (the
 * parent goes last, RFC 5322 3.6.4); without duplicates, trimmed to the first and the latest
 * ones, and our own ID appended (some providers rewrite Message-IDs on the way out).
 */
export function threadReferences(
  lastInbound: Pick<LastInbound, 'messageId' | 'references'> | null,
  ourIds: string[],
  ownId: string,
): string[] {
  const thread = new Set<string>();
  for (const raw of [
    ...(lastInbound?.references ?? []),
    ...ourIds,
    ...(lastInbound?.messageId ? [lastInbound.messageId] : []),
  ]) {
    const id = bracketed(raw);
    if (!id || id === ownId) continue;
    // Seen again: it moves to where it was seen last.
    thread.delete(id);
    thread.add(id);
  }
  let list = [...thread];
  if (list.length > MAX_REFERENCES) {
    list = [list[0]!, ...list.slice(list.length - (MAX_REFERENCES - 1))];
  }
  return [...list, ownId];
}

/**
 * A few lines of the customer's last message for the text part, without what it quoted itself
 * (`> …`, `On … wrote:`, Outlook's `-----Original Message-----` / `From:` block).
 */
export function quoteExcerpt(text: string, maxLines = 8, maxChars = 600): string[] {
  const lines: string[] = [];
  let size = 0;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const t = line.trimEnd();
    if (/^\s*>/.test(t)) break;
    if (/^\s*On .{4,200} wrote:\s*$/i.test(t)) break;
    if (/^\s*-{2,}\s*(Original Message|Forwarded message)/i.test(t)) break;
    if (/^\s*(From|De|Von):\s.+/.test(t) && lines.length > 0) break;
    if (t === '-- ') break;
    if (!t && (!lines.length || !lines[lines.length - 1])) continue;
    if (lines.length >= maxLines || size + t.length > maxChars) {
      lines.push('…');
      break;
    }
    lines.push(t);
    size += t.length;
  }
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines;
}
