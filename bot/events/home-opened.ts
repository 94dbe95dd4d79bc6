import type { App } from '@slack/bolt';
import { openSession } from '../actions/session';
import type { BotDeps } from '../deps';
import { publishHome } from './publish-home';

/** `app_home_opened` (Home tab): publish the user's own view, fresh each time. */
export function registerHomeOpened(app: App, deps: BotDeps) {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab && event.tab !== 'home') return;
    try {
      await publishHome(client, deps, await openSession(deps, client, event.user));
    } catch (err) {
      deps.log.error({ err }, 'app home publish failed');
    }
  });
}
