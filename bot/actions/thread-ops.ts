import type { WebClient } from '@slack/web-api';
import { addInternalNote } from '../../server/domain/case-mail/add-internal-note';
import { queueCaseReply } from '../../server/domain/case-mail/queue-case-reply';
import type { Ctx } from '../../server/domain/context';
import { DomainError, Invalid } from '../../server/domain/errors';
import type { BotDeps } from '../deps';
import type { Speech } from '../i18n';
import { describeDomainError, fieldErrors } from '../i18n/domain-errors';
import { react, type ThreadSpot, warnInThread } from './thread-feedback';

/** One agent acting on one message of a case thread. */
export interface ThreadOp {
  deps: BotDeps;
  client: WebClient;
  ctx: Ctx;
  s: Speech;
  caseId: string;
  spot: ThreadSpot;
}

/** Why the domain refused, in the member's words (a field error reads as its sentence alone). */
export function refusal(e: unknown, s: Speech, op: ThreadOp): string {
  if (e instanceof Invalid) {
    const why = Object.values(fieldErrors(e, s));
    if (why.length) return why.join(' ');
  }
  if (e instanceof DomainError)
    return describeDomainError(e, s, s.m.case.what) ?? s.m.somethingWrong;
  op.deps.log.error({ err: e, caseId: op.caseId }, 'case thread message failed');
  return s.m.somethingWrong;
}

/**
 * Runs what was asked for the message; a refusal gets ⚠️ and an ephemeral reason (`notDone` words
 * it) at once. Whether it was done.
 */
async function attempt(
  op: ThreadOp,
  run: (
    ctx: Ctx,
    thread: { caseId: string; slack: { channel: string; ts: string } },
  ) => Promise<unknown>,
  notDone: (why: string) => string,
): Promise<boolean> {
  try {
    await run(op.ctx, { caseId: op.caseId, slack: { channel: op.spot.channel, ts: op.spot.ts } });
    return true;
  } catch (e) {
    await warnInThread(op.client, op.deps.log, op.spot, notDone(refusal(e, op.s, op)));
    return false;
  }
}

/**
 * The message goes to the customer (OUTBOUND's queueCaseReply: EmailSent note and the queued
 * e-mail with the case's threading headers). ✉️ comes when the mail worker delivers it; a refusal
 * (no customer address, no right to edit the case) gets ⚠️ and an ephemeral reason at once.
 */
export function sendToCustomer(op: ThreadOp, body: string): Promise<boolean> {
  return attempt(
    op,
    (ctx, at) => queueCaseReply(ctx, { ...at, body }),
    (why) => op.s.m.thread.notSent(why),
  );
}

/** The message is kept as an internal note (never e-mailed); 🔒 on it at once says so. */
export async function keepAsNote(op: ThreadOp, body: string): Promise<boolean> {
  const kept = await attempt(
    op,
    (ctx, at) => addInternalNote(ctx, { ...at, body }),
    (why) => op.s.m.thread.notKept(why),
  );
  if (kept) await react(op.client, op.deps.log, op.spot, 'lock');
  return kept;
}
