import type { App } from '@slack/bolt';
import { listContacts } from '../../server/domain/contacts/contact-queries';
import { contactName } from '../../server/domain/contacts/contact-type';
import type { BotDeps } from '../deps';
import { plain } from '../views/block-kit';
import { ACTION } from '../views/ids';
import { openSession } from './session';

/** Search-as-you-type for a case's contact: readable contacts whose name or e-mail matches. */
export function registerContactSearch(app: App, deps: BotDeps) {
  app.options(ACTION.contactSearch, async ({ ack, body, client }) => {
    const { ctx } = await openSession(deps, client, body.user.id);
    const typed = body.value?.trim() ?? '';
    if (!ctx || !typed) return void (await ack({ options: [] }));
    try {
      const r = await listContacts(ctx, {
        filter: { q: typed },
        sort: ['lastName', 'ASC'],
        range: [0, 19],
      });
      const options = r.data.map((c) => {
        const name = contactName({
          firstName: (c.firstName as string | null) ?? null,
          lastName: String(c.lastName ?? ''),
        });
        const label = c.emailAddress ? `${name} <${c.emailAddress}>` : name;
        return { text: plain(label, 75), value: String(c.id) };
      });
      await ack({ options });
    } catch (err) {
      deps.log.warn({ err }, 'contact search failed');
      await ack({ options: [] });
    }
  });
}
