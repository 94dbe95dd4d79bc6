import type { App } from '@slack/bolt';
import { listAccounts } from '../../server/domain/accounts/account-queries';
import type { BotDeps } from '../deps';
import { plain } from '../views/block-kit';
import { ACTION } from '../views/ids';
import { openSession } from './session';

/** Search-as-you-type for "link an existing account": readable accounts whose name matches. */
export function registerAccountSearch(app: App, deps: BotDeps) {
  app.options(ACTION.accountSearch, async ({ ack, body, client }) => {
    const { ctx } = await openSession(deps, client, body.user.id);
    const typed = body.value?.trim() ?? '';
    if (!ctx || !typed) return void (await ack({ options: [] }));
    try {
      const r = await listAccounts(ctx, {
        filter: { q: typed },
        sort: ['name', 'ASC'],
        range: [0, 19],
      });
      const options = r.data.map((a) => ({ text: plain(String(a.name), 75), value: String(a.id) }));
      await ack({ options });
    } catch (err) {
      deps.log.warn({ err }, 'account search failed');
      await ack({ options: [] });
    }
  });
}
