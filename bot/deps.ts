import type { Logger } from 'pino';
import type { Services } from '../server/domain/context';

/** What every listener gets from the process (the listener's own `client` talks to Slack). */
export interface BotDeps {
  services: Services;
  log: Logger;
  /** Base of links in messages (`PUBLIC_URL`). */
  publicUrl: string;
}
