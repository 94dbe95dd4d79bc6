import { and, eq } from 'drizzle-orm';
import { emailAttachments, emails } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { DomainError, Invalid, NotFound } from '../errors';
import { type ParsedEmail, parseEmail } from './parse-email';
import { routeEmail } from './route-email';
import { type InboundOutcome, settleEmail, Unroutable } from './settle-email';

/** Statuses an inbound e-mail can be (re)processed from: stored, or quarantined and replayed. */
const PROCESSABLE = ['Received', 'Quarantined'];

/** PostgreSQL text cannot hold NUL characters; broken mail sometimes has them. */
const pgText = (s: string) => (s.includes('\u0000') ? s.split('\u0000').join('') : s);

/** The parsed fields and attachment bytes on the e-mail row (again, on replay). */
async function saveParsed(ctx: Ctx, emailId: string, p: ParsedEmail) {
  await ctx.db
    .update(emails)
    .set({
      from: p.from && pgText(p.from),
      fromName: p.fromName && pgText(p.fromName),
      to: p.to.map(pgText),
      cc: p.cc.map(pgText),
      subject: pgText(p.subject),
      text: pgText(p.text),
      html: p.html && pgText(p.html),
      inReplyTo: p.inReplyTo && pgText(p.inReplyTo),
      references: p.references.map(pgText),
      attachments: p.attachments.map((a) => ({
        filename: pgText(a.filename),
        contentType: pgText(a.contentType),
        size: a.content.length,
      })),
      modifiedAt: ctx.clock.now(),
    })
    .where(eq(emails.id, emailId));
  await ctx.db.delete(emailAttachments).where(eq(emailAttachments.emailId, emailId));
  if (p.attachments.length) {
    await ctx.db.insert(emailAttachments).values(
      p.attachments.map((a, position) => ({
        emailId,
        position,
        filename: pgText(a.filename),
        contentType: pgText(a.contentType),
        content: a.content,
      })),
    );
  }
}

/** A short reason for an admin: never a stack, never a SQL statement. */
function quarantineReason(err: unknown): string {
  if (err instanceof Unroutable) return err.message;
  if (err instanceof Invalid) {
    const why = Object.entries(err.errors).map(([k, v]) => `${k}: ${v}`);
    return `Could not be routed: ${why.join('; ') || err.message}`.slice(0, 500);
  }
  if (err instanceof DomainError) return `Could not be routed: ${err.message}`.slice(0, 500);
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const message = cause instanceof Error ? cause.message : String(cause);
  const line = message.split('\n')[0]!.replace(/^Failed query:.*/i, 'a database statement failed');
  return `Could not be routed: ${line}`.slice(0, 500);
}

/**
 * Step 2 of ingest, also used by replay and the sweeper: parses the stored raw message, keeps
 * what it reads on the row, then routes it in a transaction (savepoint). Whatever goes wrong
 * with the message leaves it `Quarantined` with the reason, written after the routing's
 * rollback so that it stays. The row is locked throughout: two processes never route it twice.
 */
export async function processInboundEmail(ctx: Ctx, emailId: string): Promise<InboundOutcome> {
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({
        id: emails.id,
        status: emails.status,
        messageId: emails.messageId,
        emailAccountId: emails.emailAccountId,
        raw: emails.raw,
        parentType: emails.parentType,
        parentId: emails.parentId,
        error: emails.error,
      })
      .from(emails)
      .where(and(eq(emails.id, emailId), eq(emails.direction, 'in')))
      .for('update');
    if (!row) throw new NotFound('E-mail');
    if (!PROCESSABLE.includes(row.status) || !row.raw) {
      const caseId = row.parentType === 'Case' ? row.parentId : null;
      return { status: row.status, caseId, error: row.error };
    }
    const raw = row.raw;
    let parsed: ParsedEmail;
    try {
      parsed = await parseEmail(raw);
    } catch {
      return settleEmail(tx, row.id, 'Quarantined', {
        error: 'The message could not be read as an e-mail.',
      });
    }
    try {
      await inTransaction(tx, (sp) => saveParsed(sp, row.id, parsed));
    } catch (err) {
      return settleEmail(tx, row.id, 'Quarantined', { error: quarantineReason(err) });
    }
    try {
      return await inTransaction(tx, (sp) => routeEmail(sp, { ...row, raw }, parsed));
    } catch (err) {
      return settleEmail(tx, row.id, 'Quarantined', { error: quarantineReason(err) });
    }
  });
}
