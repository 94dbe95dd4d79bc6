import pino from 'pino';
import { createBot } from '../../bot/app';
import { registerListeners } from '../../bot/register';
import { createTestApp, type TestApp } from '../support/app';
import { FakeSlack, type SlackCall } from '../support/fake-slack';
import { type SlackClient, slackClient } from '../support/slack-request';

export const SECRET = 'test-signing-secret';
export const PUBLIC_URL = 'http://crm.test';

/** The app with the real listeners behind signed /slack/events requests and a fake Slack API. */
export interface Harness {
  t: TestApp;
  fake: FakeSlack;
  slack: SlackClient;
  /** Runs a slash command (in `channel` when given) and returns what it answered on its response_url. */
  command(userId: string, command: string, text: string, channel?: string): Promise<SlackCall>;
  /** A Slack member linked by e-mail to a new CRM user. */
  member(opts: { locale?: string; isAdmin?: boolean; permissions?: any; name?: string }): Promise<{
    slackId: string;
    id: string;
    token: string;
  }>;
  /** A REST call as that CRM user that must succeed (test setup). */
  post(token: string, path: string, body: Record<string, unknown>): Promise<any>;
  /** A click on a button of a lone card (its actions block is `blockId`); returns the answer. */
  click(userId: string, actionId: string, value: string, blockId: string): Promise<SlackCall>;
  close(): Promise<void>;
}

let n = 0;

export async function startHarness(): Promise<Harness> {
  const fake = await FakeSlack.start();
  let bot: ReturnType<typeof createBot>;
  const t = await createTestApp({
    slackEvents: (services) => {
      bot = createBot(
        { signingSecret: SECRET, botToken: 'xoxb-test', apiUrl: fake.apiUrl },
        { services, log: pino({ level: 'silent' }), publicUrl: PUBLIC_URL },
        { register: registerListeners },
      );
      return bot!.handle!;
    },
  });
  const slack = slackClient(async (path, init) => t.app.request(path, init), SECRET);
  return {
    t,
    fake,
    slack,
    async command(userId, command, text, channel) {
      const responseUrl = fake.responseUrl();
      const before = fake.calls.length;
      const res = await slack.command({
        command,
        text,
        user_id: userId,
        response_url: responseUrl,
        ...(channel ? { channel_id: channel } : {}),
      });
      if (res.status !== 200) throw new Error(`command answered ${res.status}`);
      return fake.waitFor('response_url', (c) => fake.calls.indexOf(c) >= before);
    },
    async member(opts) {
      const k = ++n;
      const email = `member${k}-${Date.now()}@example.com`;
      const u = await t.user({
        email,
        name: opts.name,
        isAdmin: opts.isAdmin ?? true,
        permissions: opts.permissions,
      });
      const slackId = `U${k}${Date.now().toString(36).toUpperCase()}`;
      fake.addUser({ id: slackId, email, locale: opts.locale ?? 'en-US', name: opts.name });
      return { slackId, id: u.id, token: u.token };
    },
    async post(token, path, body) {
      const r = await t.call('POST', path, { token, body });
      if (r.status !== 201 && r.status !== 200) {
        throw new Error(`${path}: ${JSON.stringify(r.body)}`);
      }
      return r.body;
    },
    async click(userId, actionId, value, blockId) {
      const before = fake.calls.length;
      await slack.interaction({
        type: 'block_actions',
        user: { id: userId },
        response_url: fake.responseUrl(),
        channel: { id: 'C0SALES' },
        container: { type: 'message' },
        message: { blocks: [{ type: 'actions', block_id: blockId }] },
        actions: [{ type: 'button', action_id: actionId, block_id: blockId, value }],
      });
      return fake.waitFor('response_url', (c) => fake.calls.indexOf(c) >= before);
    },
    async close() {
      // Listener work still running after its ack finishes before the database closes.
      await bot?.stop();
      await t.close();
      await fake.close();
    },
  };
}

/** Every text of a Slack message (text and blocks), for loose assertions. */
export const textOf = (args: Record<string, any>) =>
  JSON.stringify([args.text, args.blocks ?? args.view]);

/** The buttons of a message's actions blocks. */
export const buttonsIn = (args: Record<string, any>): any[] =>
  (args.blocks ?? []).filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements);
