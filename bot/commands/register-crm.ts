import type { App } from '@slack/bolt';
import { registerAccountSearch } from '../actions/account-search';
import { registerCardActions } from '../actions/card-actions';
import { registerConvertSubmit } from '../actions/convert-submit';
import { registerNewLeadSubmit } from '../actions/new-lead-submit';
import { registerQuoteActions } from '../actions/quote-actions';
import type { BotDeps } from '../deps';
import { registerHomeOpened } from '../events/home-opened';
import { registerLinkShared } from '../events/link-shared';
import { registerCrmCommand } from './crm-command';
import { registerDealCommand } from './deal-command';
import { registerLeadCommand } from './lead-command';
import { registerPipelineCommand } from './pipeline-command';
import { registerQuoteCommand } from './quote-command';

/**
 * The CRM's own listeners (slack.md: /lead, /deal, /quote, /pipeline, /crm, cards, modals, App Home, unfurls),
 * registered from bot/register.ts.
 */
export function registerCrmListeners(app: App, deps: BotDeps) {
  registerLeadCommand(app, deps);
  registerDealCommand(app, deps);
  registerQuoteCommand(app, deps);
  registerPipelineCommand(app, deps);
  registerCrmCommand(app, deps);
  registerCardActions(app, deps);
  registerQuoteActions(app, deps);
  registerNewLeadSubmit(app, deps);
  registerConvertSubmit(app, deps);
  registerAccountSearch(app, deps);
  registerHomeOpened(app, deps);
  registerLinkShared(app, deps);
}
