import { createHmac, randomBytes } from 'node:crypto';

/** Sends a request to the app: Hono's `app.request` or `fetch` against a listening server. */
export type Send = (path: string, init: RequestInit) => Promise<Response>;

export const fetchTo =
  (baseUrl: string): Send =>
  (path, init) =>
    fetch(`${baseUrl}${path}`, init);

export interface SignOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Overrides the computed signature (forgeries). */
  signature?: string;
  headers?: Record<string, string>;
}

/** The headers Slack sends: `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string) {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedInit(
  secret: string,
  body: string,
  contentType: string,
  opts: SignOptions = {},
): RequestInit {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  return {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      'X-Slack-Signature': opts.signature ?? slackSignature(secret, timestamp, body),
      ...opts.headers,
    },
    body,
  };
}

const id = (prefix: string) => `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;

/** A slash command body as Slack posts it (form-encoded). */
export function commandBody(
  fields: { command: string; text?: string; user_id: string; response_url: string } & Record<
    string,
    string
  >,
) {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_name: fields.user_id.toLowerCase(),
    api_app_id: 'A0CRM',
    trigger_id: `${Date.now()}.${id('')}`,
    text: '',
    ...fields,
  }).toString();
}

export interface SlackClient {
  command(
    fields: { command: string; text?: string; user_id: string; response_url: string } & Record<
      string,
      string
    >,
    opts?: SignOptions,
  ): Promise<Response>;
  /** An interactivity payload (`payload=<json>`, form-encoded). */
  interaction(payload: Record<string, unknown>, opts?: SignOptions): Promise<Response>;
  /** An Events API envelope (JSON); `event_id` is generated unless given. */
  event(
    event: Record<string, unknown>,
    envelope?: Record<string, unknown>,
    opts?: SignOptions,
  ): Promise<Response>;
  /** Any raw body, signed. */
  raw(body: string, contentType: string, opts?: SignOptions): Promise<Response>;
}

/** Correctly signed Slack requests to `/slack/events`. */
export function slackClient(send: Send, secret: string, path = '/slack/events'): SlackClient {
  const raw: SlackClient['raw'] = (body, contentType, opts) =>
    send(path, signedInit(secret, body, contentType, opts));
  return {
    raw,
    command: (fields, opts) => raw(commandBody(fields), 'application/x-www-form-urlencoded', opts),
    interaction: (payload, opts) =>
      raw(
        new URLSearchParams({
          payload: JSON.stringify({
            team: { id: 'T0FAKE' },
            trigger_id: `${Date.now()}.${id('')}`,
            ...payload,
          }),
        }).toString(),
        'application/x-www-form-urlencoded',
        opts,
      ),
    event: (event, envelope = {}, opts) =>
      raw(
        JSON.stringify({
          token: 'deprecated-verification-token',
          team_id: 'T0FAKE',
          api_app_id: 'A0CRM',
          type: 'event_callback',
          event_id: id('Ev'),
          event_time: Math.floor(Date.now() / 1000),
          authorizations: [{ team_id: 'T0FAKE', user_id: 'UBOT', is_bot: true }],
          ...envelope,
          event: { event_ts: `${Date.now() / 1000}`, ...event },
        }),
        'application/json',
        opts,
      ),
  };
}
