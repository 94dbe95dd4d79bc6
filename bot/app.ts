import { App, type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';
import { claimSlackEvent } from '../server/domain/slack/claim-event';
import type { BotDeps } from './deps';
import { HonoReceiver, isDuplicate } from './receiver';
import { registerListeners } from './register';

export interface SlackSettings {
  signingSecret?: string;
  botToken?: string;
  /** `xapp-…`: Socket Mode instead of HTTP. */
  appToken?: string;
  /** Web API base URL (a fake in tests); Slack's own when unset. */
  apiUrl?: string;
}

export type SlackMode = { mode: 'http' | 'socket' } | { mode: 'off'; reason: string };

/** HTTP needs the signing secret and bot token; Socket Mode the app token and bot token. */
export function slackMode(s: SlackSettings): SlackMode {
  if (!s.botToken) return { mode: 'off', reason: 'SLACK_BOT_TOKEN is not set' };
  if (s.appToken) return { mode: 'socket' };
  if (!s.signingSecret) return { mode: 'off', reason: 'SLACK_SIGNING_SECRET is not set' };
  return { mode: 'http' };
}

export interface Bot {
  app: App;
  mode: 'http' | 'socket';
  /** `POST /slack/events` (HTTP mode only). */
  handle?: (request: Request) => Promise<Response>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface CreateBotOptions {
  /** Register these listeners instead of bot/register.ts's (benchmarks, tests). */
  register?: (app: App, deps: BotDeps) => void;
  ackTimeoutMs?: number;
}

/** The Bolt app with its listeners, on the Hono receiver or Socket Mode; null when Slack is off. */
export function createBot(
  settings: SlackSettings,
  deps: BotDeps,
  opts: CreateBotOptions = {},
): Bot | null {
  const mode = slackMode(settings);
  if (mode.mode === 'off') return null;
  const logger = boltLogger(deps.log.child({ area: 'slack' }));
  const clientOptions = {
    slackApiUrl: settings.apiUrl,
    // Listeners call Slack while a user waits; durable retries belong to jobs (server/jobs).
    retryConfig: { retries: 2, minTimeout: 200, maxTimeout: 1000 },
  };

  if (mode.mode === 'socket') {
    const app = new App({
      token: settings.botToken,
      appToken: settings.appToken,
      socketMode: true,
      clientOptions,
      // The socket client opens its connection with its own Web API client: point it at
      // SLACK_API_URL too (apps.connections.open).
      installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl } },
      logger,
    });
    (opts.register ?? registerListeners)(app, deps);
    return {
      app,
      mode: 'socket',
      start: async () => {
        await app.start();
      },
      stop: () => app.stop().then(() => undefined),
    };
  }

  const receiver = new HonoReceiver({
    signingSecret: settings.signingSecret!,
    log: deps.log.child({ area: 'slack' }),
    claim: (delivery) => claimSlackEvent(deps.services, delivery),
    ackTimeoutMs: opts.ackTimeoutMs,
  });
  const app = new App({ token: settings.botToken, receiver, clientOptions, logger });
  app.error(async (error) => {
    if (isDuplicate(error)) throw error; // expected: the receiver stops the listener quietly
    deps.log.error({ err: error }, 'slack listener error');
    throw error;
  });
  (opts.register ?? registerListeners)(app, deps);
  return {
    app,
    mode: 'http',
    handle: receiver.handle,
    start: async () => {},
    // Lets listener work already started finish before the caller closes the database.
    stop: () => receiver.stop(),
  };
}

/** Bolt's logger interface over pino. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]) =>
    msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...m) => log.debug(text(m)),
    info: (...m) => log.info(text(m)),
    warn: (...m) => log.warn(text(m)),
    error: (...m) => log.error(text(m)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
