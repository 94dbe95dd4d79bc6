import type { App } from '@slack/bolt';
import { registerCrmListeners } from './commands/register-crm';
import type { BotDeps } from './deps';

export type { BotDeps };

/**
 * Every listener of the bot: commands, actions, views, shortcuts, events. Each area exports a
 * `register…(app, deps)` and is called from here. Every command, shortcut and event registered
 * here must be declared in bot/manifest.ts (tests/bot/manifest.test.ts checks it).
 */
export function registerListeners(app: App, deps: BotDeps) {
  registerCrmListeners(app, deps);
}
