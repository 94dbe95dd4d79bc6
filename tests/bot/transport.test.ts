import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBot, slackMode } from '../../bot/app';
import { registerListeners } from '../../bot/register';
import { slackEvents, users } from '../../db/schema';
import { createTestApp, type TestApp } from '../support/app';
import { FakeSlack } from '../support/fake-slack';
import { type SlackClient, slackClient } from '../support/slack-request';

const SECRET = 'test-signing-secret';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let fake: FakeSlack;
let t: TestApp;
let slack: SlackClient;
const reactions: string[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start();
  t = await createTestApp({
    slackEvents: (services) =>
      createBot(
        { signingSecret: SECRET, botToken: 'xoxb-test', apiUrl: fake.apiUrl },
        { services, log: pino({ level: 'silent' }), publicUrl: 'http://crm.test' },
        {
          register: (app, deps) => {
            registerListeners(app, deps);
            // Test-only listeners: an event to count deliveries, a slow command.
            app.event('reaction_added', async ({ event }) => {
              reactions.push(event.reaction);
            });
            // A command of its own (not one the bot answers, such as /kb), made slow on purpose.
            app.command('/slow-test', async ({ ack, respond }) => {
              await ack();
              await sleep(800);
              await respond({ response_type: 'ephemeral', text: 'slow work done' });
            });
          },
        },
      )!.handle!,
  });
  slack = slackClient(async (path, init) => t.app.request(path, init), SECRET);
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

beforeEach(() => fake.reset());

/** What the app asked Slack, less Bolt's own auth.test (the token check it runs once). */
const effects = () => fake.calls.filter((c) => c.method !== 'auth.test');

const whoami = (userId: string, opts?: Parameters<SlackClient['command']>[1]) =>
  slack.command(
    { command: '/crm', text: 'whoami', user_id: userId, response_url: fake.responseUrl() },
    opts,
  );

const linkedSlackIds = async () =>
  (await t.database.db.select({ s: users.slackUserId }).from(users))
    .map((r) => r.s)
    .filter(Boolean);

describe('/slack/events transport', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await slack.raw(
      JSON.stringify({ token: 'x', challenge: 'ch4llenge', type: 'url_verification' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'ch4llenge' });
  });

  it('answers ssl_check', async () => {
    const res = await slack.raw('ssl_check=1&token=x', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
  });

  it('refuses a forged signature with 401 and does nothing', async () => {
    const { id } = await t.user({ email: 'forged@example.com' });
    await t.database.db.update(users).set({ slackUserId: 'UFORGED' }).where(eq(users.id, id));
    const before = await t.database.db.select().from(slackEvents);
    const res = await whoami('UFORGED', { signature: `v0=${'0'.repeat(64)}` });
    expect(res.status).toBe(401);
    const unsigned = await t.app.request('/slack/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'url_verification', challenge: 'x' }),
    });
    expect(unsigned.status).toBe(401);
    await sleep(300);
    expect(effects()).toEqual([]);
    expect(await t.database.db.select().from(slackEvents)).toEqual(before);
  });

  it('refuses a stale (6 minutes old) request with 401', async () => {
    const res = await whoami('UFORGED', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await sleep(300);
    expect(effects()).toEqual([]);
  });

  it('/crm whoami: a user linked by an admin (slackUserId)', async () => {
    const { id } = await t.user({ name: 'Ada Linked', email: 'ada@example.com' });
    await t.database.db.update(users).set({ slackUserId: 'UADA' }).where(eq(users.id, id));
    const started = performance.now();
    const res = await whoami('UADA');
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    const reply = await fake.waitFor('response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(reply.args.text).toContain('Ada Linked');
    expect(fake.callsOf('users.info')).toEqual([]);
  });

  it('/crm whoami: a user found by e-mail through users.info is linked and stored', async () => {
    const { id } = await t.user({ name: 'Bob Mail', email: 'Bob.Mail@example.com' });
    fake.addUser({ id: 'UBOB', email: 'bob.mail@example.com', locale: 'fr-FR' });
    const res = await whoami('UBOB');
    expect(res.status).toBe(200);
    const reply = await fake.waitFor('response_url');
    expect(reply.args.text).toContain('Bob Mail');
    expect(fake.callsOf('users.info')[0]?.args.user).toBe('UBOB');
    const [row] = await t.database.db.select().from(users).where(eq(users.id, id));
    expect(row?.slackUserId).toBe('UBOB');

    // Next time the stored link answers: no users.info.
    fake.reset();
    await whoami('UBOB');
    await fake.waitFor('response_url');
    expect(fake.callsOf('users.info')).toEqual([]);
  });

  it('an unknown Slack user is told how to get linked and nothing changes', async () => {
    fake.addUser({ id: 'USTRANGER', email: 'stranger@elsewhere.org' });
    const before = await linkedSlackIds();
    const res = await whoami('USTRANGER');
    expect(res.status).toBe(200);
    const reply = await fake.waitFor('response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(reply.args.text).toMatch(/not linked/);
    expect(reply.args.text).toContain('USTRANGER');
    expect(await linkedSlackIds()).toEqual(before);

    // Not even known to Slack's users.info: same answer.
    fake.reset();
    await whoami('UGHOST');
    expect((await fake.waitFor('response_url')).args.text).toMatch(/not linked/);
    expect(await linkedSlackIds()).toEqual(before);
  });

  it('/crm help lists every command', async () => {
    await slack.command({
      command: '/crm',
      text: 'help',
      user_id: 'UADA',
      response_url: fake.responseUrl(),
    });
    const reply = await fake.waitFor('response_url');
    for (const c of ['/lead', '/deal', '/case', '/quote', '/kb', '/pipeline', '/crm']) {
      expect(reply.args.text).toContain(`\`${c}\``);
    }
  });

  it('acknowledges at once and lets the listener finish after the ack', async () => {
    const started = performance.now();
    const res = await slack.command({
      command: '/slow-test',
      text: 'refund',
      user_id: 'UADA',
      response_url: fake.responseUrl(),
    });
    const acked = performance.now() - started;
    expect(res.status).toBe(200);
    expect(acked).toBeLessThan(500);
    const reply = await fake.waitFor('response_url');
    expect(reply.args.text).toBe('slow work done');
    expect(reply.at - Date.now() + (performance.now() - started)).toBeGreaterThanOrEqual(700);
  });

  it('handles the same event once when Slack retries it (x-slack-retry-num)', async () => {
    reactions.length = 0;
    const event = {
      type: 'reaction_added',
      user: 'UADA',
      reaction: 'eyes',
      item: { type: 'message', channel: 'C1', ts: '1.1' },
    };
    const envelope = { event_id: 'Ev0RETRY1' };
    const first = await slack.event(event, envelope);
    const second = await slack.event(event, envelope, {
      headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
    });
    const third = await slack.event(event, envelope, { headers: { 'X-Slack-Retry-Num': '2' } });
    expect([first.status, second.status, third.status]).toEqual([200, 200, 200]);
    await sleep(500);
    expect(reactions).toEqual(['eyes']);
    const claimed = await t.database.db
      .select()
      .from(slackEvents)
      .where(eq(slackEvents.id, 'Ev0RETRY1'));
    expect(claimed).toHaveLength(1);
  });
});

describe('a repeated trigger_id', () => {
  it('is acknowledged but handled once', async () => {
    fake.reset();
    const fields = { command: '/crm', text: 'help', user_id: 'UADA', trigger_id: '123.456.abc' };
    const a = await slack.command({ ...fields, response_url: fake.responseUrl() });
    const b = await slack.command({ ...fields, response_url: fake.responseUrl() });
    expect([a.status, b.status]).toEqual([200, 200]);
    await fake.waitFor('response_url');
    await sleep(500);
    expect(fake.callsOf('response_url')).toHaveLength(1);
  });
});

describe('without Slack variables', () => {
  it('the bot is off with a reason, and /health and /api still work', async () => {
    expect(slackMode({})).toEqual({ mode: 'off', reason: 'SLACK_BOT_TOKEN is not set' });
    expect(slackMode({ botToken: 'xoxb' }).mode).toBe('off');
    expect(slackMode({ botToken: 'xoxb', appToken: 'xapp' }).mode).toBe('socket');
    expect(slackMode({ botToken: 'xoxb', signingSecret: 's' }).mode).toBe('http');
    const plain = await createTestApp();
    try {
      expect((await plain.call('GET', '/health')).status).toBe(200);
      const { token } = await plain.user();
      expect((await plain.call('GET', '/api/auth/me', { token })).status).toBe(200);
      expect((await plain.call('POST', '/slack/events', { body: {} })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
