import type { Ctx, JobOptions } from '../context';

/** The job that calls the Slack Web API (server/jobs/slack-api.ts). */
export const SLACK_API_JOB = 'slack.api';

export interface SlackApiCall {
  /** A Web API method, e.g. `chat.postMessage`. */
  method: string;
  args: Record<string, unknown>;
}

/**
 * Enqueues a Slack Web API call as a durable job in the caller's transaction: call it with the
 * `tx` ctx inside `inTransaction`, and the post goes out only if the change commits (retried on
 * rate limits and network errors). Returns the job id.
 */
export function enqueueSlackCall(ctx: Ctx, call: SlackApiCall, options?: JobOptions) {
  return ctx.jobs.send(ctx.db, SLACK_API_JOB, call, options);
}
