import type { Hono } from 'hono';
import {
  savedConnectionSettings,
  unsavedConnectionSettings,
} from '../../domain/mailboxes/connection-settings';
import { testImapConnection } from '../../mail/imap/test-connection';
import { jsonBody } from '../body';
import type { AppEnv } from '../env';

/**
 * "Test connection" in the panel: logs in with the stored settings (or the form's, before they
 * are saved) and answers 200 `{ok, message}` either way; the message is the server's answer in
 * plain words.
 */
export function mountEmailAccountRoutes(app: Hono<AppEnv>) {
  app.post('/api/email-accounts/test', async (c) =>
    c.json(await testImapConnection(await unsavedConnectionSettings(c.var.ctx, await jsonBody(c)))),
  );
  app.post('/api/email-accounts/:id/test', async (c) =>
    c.json(await testImapConnection(await savedConnectionSettings(c.var.ctx, c.req.param('id')))),
  );
}
