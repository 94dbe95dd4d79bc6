import { and, eq, sql } from 'drizzle-orm';
import { emails } from '../../../db/schema';
import type { EmailSource, EmailStatus } from '../../../db/schema/mail';
import type { Ctx } from '../context';
import { messageIdOf, messageIdsIn, readHeaderBlock, roughAddress } from './raw-headers';

export interface RawInboundEmail {
  raw: Buffer;
  source: EmailSource;
  /** The mailbox it came in through (IMAP), if any. */
  emailAccountId?: string | null;
  /** SMTP envelope recipients, when the transport knows them. */
  envelopeTo?: string[];
}

export interface StoredInboundEmail {
  id: string;
  status: EmailStatus;
  duplicate: boolean;
  caseId: string | null;
  /** The Message-ID it is stored under (the message's, or one made up when it has none). */
  messageId: string;
}

/**
 * Step 1 of ingest (email.md: nothing a customer sends is ever lost): the raw message is written
 * before anything is parsed, in one short statement, with only what can be read without a MIME
 * parser. The same Message-ID arriving again (two mailboxes, a retried webhook) is the same
 * e-mail: the existing row is returned and nothing changes.
 */
export async function storeInboundEmail(
  ctx: Ctx,
  input: RawInboundEmail,
): Promise<StoredInboundEmail> {
  const headers = readHeaderBlock(input.raw);
  const messageId = messageIdOf(input.raw, headers);
  const now = ctx.clock.now();
  const to =
    input.envelopeTo ??
    (headers.get('To') ?? '')
      .split(',')
      .map((a) => roughAddress(a))
      .filter((a): a is string => !!a);
  const [row] = await ctx.db
    .insert(emails)
    .values({
      direction: 'in',
      status: 'Received',
      messageId,
      inReplyTo: messageIdsIn(headers.get('In-Reply-To'))[0] ?? null,
      from: roughAddress(headers.get('From')),
      to,
      raw: input.raw,
      source: input.source,
      emailAccountId: input.emailAccountId ?? null,
      createdAt: now,
      modifiedAt: now,
    })
    .onConflictDoNothing({ target: emails.messageId, where: sql`direction = 'in'` })
    .returning({ id: emails.id });
  if (row) return { id: row.id, status: 'Received', duplicate: false, caseId: null, messageId };
  const [existing] = await ctx.db
    .select({
      id: emails.id,
      status: emails.status,
      parentType: emails.parentType,
      parentId: emails.parentId,
    })
    .from(emails)
    .where(and(eq(emails.messageId, messageId), eq(emails.direction, 'in')));
  if (!existing)
    throw new Error('An inbound e-mail conflicted on its Message-ID but cannot be read.');
  return {
    id: existing.id,
    status: existing.status,
    duplicate: true,
    caseId: existing.parentType === 'Case' ? existing.parentId : null,
    messageId,
  };
}
