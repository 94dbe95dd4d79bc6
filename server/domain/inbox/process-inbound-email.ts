import { and, eq } from 'drizzle-orm';
import { emailAttachments, emails } from '../../../db/schema';
import type { EmailStatus } from '../../../db/schema/mail';
import { type Ctx, inTransaction } from '../context';
import { DomainError, Invalid, NotFound } from '../errors';
import { acknowledgeNewCase } from './acknowledge-case';
import { inboundMailboxes } from './inbound-mailboxes';
import { type ParsedEmail, parseEmail } from './parse-email';
import { routeAhead } from './route-ahead';
import { type RoutableEmail, type RoutingPlan, routeEmail } from './route-email';
import { type InboundOutcome, type RoutedEmail, settleEmail, Unroutable } from './settle-email';

/** Statuses an inbound e-mail can be (re)processed from: stored, or quarantined and replayed. */
const PROCESSABLE: EmailStatus[] = ['Received', 'Quarantined'];

/** PostgreSQL text cannot hold NUL characters; broken mail sometimes has them. */
const pgText = (s: string) => (s.includes('\u0000') ? s.split('\u0000').join('') : s);

/**
 * The parsed fields, the outcome and the attachment bytes on the e-mail row: one UPDATE (and one
 * INSERT for the attachments). Only a quarantined message can have attachments from an earlier
 * parse (a `Received` one was never routed: its parse rolled back with it); those are replaced.
 */
async function saveRouted(
  ctx: Ctx,
  email: { id: string; status: EmailStatus },
  p: ParsedEmail,
  outcome: RoutedEmail,
) {
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
      status: outcome.status,
      error: outcome.error,
      parentType: outcome.caseId ? 'Case' : null,
      parentId: outcome.caseId,
      ...(outcome.emailAccountId ? { emailAccountId: outcome.emailAccountId } : {}),
      modifiedAt: ctx.clock.now(),
    })
    .where(eq(emails.id, email.id));
  if (email.status !== 'Received') {
    await ctx.db.delete(emailAttachments).where(eq(emailAttachments.emailId, email.id));
  }
  if (p.attachments.length) {
    await ctx.db.insert(emailAttachments).values(
      p.attachments.map((a, position) => ({
        emailId: email.id,
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

const settled = (row: {
  status: EmailStatus;
  parentType: string | null;
  parentId: string | null;
  error: string | null;
}): InboundOutcome => ({
  status: row.status,
  caseId: row.parentType === 'Case' ? row.parentId : null,
  error: row.error,
});

/**
 * Step 2 of ingest, also used by replay and the sweeper. The stored raw message is parsed and the
 * routing prepared (mailboxes read, a new case's Round-Robin turn taken: route-ahead.ts) before
 * any lock is held; then, in one transaction with the row locked (two processes never route it
 * twice), it is routed in a savepoint and the parsed fields are written with the outcome.
 * Whatever goes wrong with the message leaves it `Quarantined` with the reason (and the parsed
 * fields when they can be stored), written after the routing's rollback so that it stays. A new
 * case's acknowledgement is queued after that transaction commits (acknowledge-case.ts).
 * `raw` is passed by ingest, which has just stored it.
 */
export async function processInboundEmail(
  ctx: Ctx,
  emailId: string,
  stored?: { raw: Buffer; messageId: string | null; emailAccountId: string | null },
): Promise<InboundOutcome> {
  let email: RoutableEmail;
  if (stored) {
    email = { id: emailId, ...stored };
  } else {
    const [row] = await ctx.db
      .select({
        status: emails.status,
        raw: emails.raw,
        messageId: emails.messageId,
        emailAccountId: emails.emailAccountId,
        parentType: emails.parentType,
        parentId: emails.parentId,
        error: emails.error,
      })
      .from(emails)
      .where(and(eq(emails.id, emailId), eq(emails.direction, 'in')));
    if (!row) throw new NotFound('E-mail');
    if (!PROCESSABLE.includes(row.status) || !row.raw) return settled(row);
    email = {
      id: emailId,
      raw: row.raw,
      messageId: row.messageId,
      emailAccountId: row.emailAccountId,
    };
  }
  let parsed: ParsedEmail | null = null;
  try {
    parsed = await parseEmail(email.raw);
  } catch {
    parsed = null;
  }
  let plan: RoutingPlan | null = null;
  try {
    plan = parsed ? await routeAhead(ctx, email, parsed) : null;
  } catch {
    // Whatever the message makes fail there fails again in the routing savepoint, and is
    // quarantined with its reason; the routing then reads the mailboxes itself.
    plan = null;
  }

  const outcome = await inTransaction(ctx, async (tx): Promise<RoutedEmail> => {
    const [row] = await tx.db
      .select({
        status: emails.status,
        parentType: emails.parentType,
        parentId: emails.parentId,
        error: emails.error,
      })
      .from(emails)
      .where(and(eq(emails.id, emailId), eq(emails.direction, 'in')))
      .for('update');
    if (!row) throw new NotFound('E-mail');
    // Routed meanwhile by another process (the sweeper, a replay): its outcome stands.
    if (!PROCESSABLE.includes(row.status)) return settled(row);
    if (!parsed) {
      return settleEmail(tx, emailId, 'Quarantined', {
        error: 'The message could not be read as an e-mail.',
      });
    }
    const target = { id: emailId, status: row.status };
    try {
      return await inTransaction(tx, async (sp) => {
        const ready = plan ?? { mailboxes: await inboundMailboxes(sp) };
        const result = await routeEmail(sp, email, parsed, ready);
        await saveRouted(sp, target, parsed, result);
        return result;
      });
    } catch (err) {
      const error = quarantineReason(err);
      try {
        // The parsed fields stay for an admin to read, unless they are what failed.
        return await inTransaction(tx, async (sp) => {
          const result = { status: 'Quarantined' as const, caseId: null, error };
          await saveRouted(sp, target, parsed, result);
          return result;
        });
      } catch (saveErr) {
        return settleEmail(tx, emailId, 'Quarantined', { error: quarantineReason(saveErr) });
      }
    }
  });
  const { acknowledge, emailAccountId: _, ...result } = outcome;
  if (!acknowledge) return result;
  const error = await acknowledgeNewCase(ctx, { emailId, ...acknowledge });
  return { ...result, error };
}
