import type { App } from '@slack/bolt';
import { registerCaseActions } from '../actions/case-actions';
import { registerContactSearch } from '../actions/contact-search';
import { registerKbActions } from '../actions/kb-actions';
import { registerNewCaseSubmit } from '../actions/new-case-submit';
import type { BotDeps } from '../deps';
import { registerReactions } from '../events/reactions';
import { registerCaseCommand } from './case-command';
import { registerKbCommand } from './kb-command';

/**
 * Support in Slack (slack.md): `/case`, `/kb`, case cards' buttons, the new-case modal and its
 * contact search, and the 👀/✅ reactions on case cards. Registered from bot/register.ts.
 */
export function registerCaseListeners(app: App, deps: BotDeps) {
  registerCaseCommand(app, deps);
  registerKbCommand(app, deps);
  registerCaseActions(app, deps);
  registerKbActions(app, deps);
  registerNewCaseSubmit(app, deps);
  registerContactSearch(app, deps);
  registerReactions(app, deps);
}
