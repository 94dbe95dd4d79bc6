import { and, eq } from 'drizzle-orm';
import { emails, slackCards, users } from '../../../db/schema';
import type { Ctx } from '../context';
import { enqueueSlackCall, SLACK_API_JOB } from '../slack/enqueue-slack-call';

type EmailRow = typeof emails.$inferSelect;

/** Slack's own escaping of `&`, `<` and `>` in message text. */
const slackEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An outbound e-mail typed in a Slack thread, when this process can call Slack; else null. */
async function slackReply(ctx: Ctx, emailId: string) {
  if (!ctx.jobs.has(SLACK_API_JOB)) return null;
  const [row] = await ctx.db.select().from(emails).where(eq(emails.id, emailId));
  if (row?.direction !== 'out' || !row.slackChannel || !row.slackTs) return null;
  return row as EmailRow & { slackChannel: string; slackTs: string };
}

const react = (
  ctx: Ctx,
  row: { slackChannel: string; slackTs: string },
  method: 'reactions.add' | 'reactions.remove',
  name: 'email' | 'warning',
) =>
  // `already_reacted` / `no_reaction` are harmless (server/jobs/slack-api.ts, ALREADY_DONE).
  enqueueSlackCall(ctx, {
    method,
    args: { channel: row.slackChannel, timestamp: row.slackTs, name },
  });

/**
 * The thread the agent's message is in: the case card's, posted in that channel (slack.md, the
 * card's thread is the case's stream). Slack wants the parent's ts, not a reply's.
 */
async function threadTs(ctx: Ctx, row: EmailRow & { slackChannel: string; slackTs: string }) {
  if (row.parentType && row.parentId) {
    const [card] = await ctx.db
      .select({ ts: slackCards.ts })
      .from(slackCards)
      .where(
        and(
          eq(slackCards.entityType, row.parentType),
          eq(slackCards.entityId, row.parentId),
          eq(slackCards.channel, row.slackChannel),
        ),
      );
    if (card) return card.ts;
  }
  return row.slackTs;
}

/**
 * slack.md, Cases in threads: an outbound e-mail is settled (`Sent` by the mail worker, `Failed`
 * after its last retry or by a bounce). A reply typed in a Slack thread then gets ✉️ when it went
 * out (and loses the ⚠️ an earlier failed attempt put there), or ⚠️ with a short thread message
 * saying to whom it was not delivered and why. Nothing happens in a process without Slack.
 */
export async function onEmailSettled(ctx: Ctx, emailId: string) {
  const row = await slackReply(ctx, emailId);
  if (!row) return;
  if (row.status === 'Sent') {
    // More than one attempt: the first one failed and put ⚠️ there (onEmailDelayed).
    if (row.attempts > 1) await react(ctx, row, 'reactions.remove', 'warning');
    await react(ctx, row, 'reactions.add', 'email');
    return;
  }
  if (row.status !== 'Failed') return;
  // A bounce after it was sent: ✉️ no longer tells the truth.
  if (row.sentAt) await react(ctx, row, 'reactions.remove', 'email');
  await react(ctx, row, 'reactions.add', 'warning');
  const why = (row.error ?? 'the mail server refused it').replace(/\s+/g, ' ').slice(0, 300);
  await enqueueSlackCall(
    ctx,
    {
      method: 'chat.postMessage',
      args: {
        channel: row.slackChannel,
        thread_ts: await threadTs(ctx, row),
        text: `⚠️ Not delivered to ${slackEscape(row.to.join(', '))}: ${slackEscape(why)}`,
      },
    },
    // One explanation per e-mail while it is queued (a bounce reported twice).
    { singletonKey: `email-failed:${row.id}` },
  );
}

/**
 * slack.md: "mail server down: then it is retried and the reaction changes when it goes out".
 * Called when an attempt failed and another follows: the first such failure puts ⚠️ on the
 * agent's message; `onEmailSettled` replaces it with ✉️ once the e-mail is sent.
 */
export async function onEmailDelayed(ctx: Ctx, emailId: string) {
  const row = await slackReply(ctx, emailId);
  if (row?.status !== 'Queued' || row.attempts !== 1) return;
  await react(ctx, row, 'reactions.add', 'warning');
  // ⚠️ comes "with an ephemeral explanation" (slack.md), to the agent who wrote the reply.
  const [agent] = row.createdById
    ? await ctx.db
        .select({ slackUserId: users.slackUserId })
        .from(users)
        .where(eq(users.id, row.createdById))
    : [];
  if (!agent?.slackUserId) return;
  const why = (row.error ?? 'the mail server did not answer').replace(/\s+/g, ' ').slice(0, 300);
  await enqueueSlackCall(ctx, {
    method: 'chat.postEphemeral',
    args: {
      channel: row.slackChannel,
      user: agent.slackUserId,
      thread_ts: await threadTs(ctx, row),
      text:
        `⚠️ Your reply to ${slackEscape(row.to.join(', '))} could not be sent yet ` +
        `(${slackEscape(why)}). It is retried automatically; ✉️ replaces ⚠️ when it goes out.`,
    },
  });
}
