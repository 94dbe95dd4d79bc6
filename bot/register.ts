import type { App } from '@slack/bolt';
import { registerMessageShortcuts } from './actions/message-shortcuts';
import { registerCaseListeners } from './commands/register-cases';
import { registerCrmListeners } from './commands/register-crm';
import type { BotDeps } from './deps';
import { registerThreadMessages } from './events/thread-message';

export type { BotDeps };

/**
 * Every listener of the bot: commands, actions, views, shortcuts, events. Each area exports a
 * `register…(app, deps)` and is called from here. Every command, shortcut and event registered
 * here must be declared in bot/manifest.ts (tests/bot/manifest.test.ts checks it).
 */
export function registerListeners(app: App, deps: BotDeps) {
  registerCrmListeners(app, deps);
  registerCaseListeners(app, deps);
  // Case threads: agents' replies and notes, the message shortcuts.
  registerThreadMessages(app, deps);
  registerMessageShortcuts(app, deps);
}
