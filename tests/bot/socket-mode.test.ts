import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Bot, createBot } from '../../bot/app';
import { users } from '../../db/schema';
import { createTestApp, type TestApp } from '../support/app';
import { FakeSlack } from '../support/fake-slack';

let fake: FakeSlack;
let t: TestApp;
let wss: WebSocketServer;
let bot: Bot;
const received: Record<string, unknown>[] = [];
let socket: WebSocket;
/** Accepts the bot's connection and greets it as Slack does. */
function acceptBot(server: WebSocketServer) {
  return new Promise<WebSocket>((resolve) => {
    server.on('connection', (ws) => {
      ws.on('message', (m) => received.push(JSON.parse(String(m))));
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { approximate_connection_time: 3600 },
          connection_info: { app_id: 'A0FAKE' },
        }),
      );
      resolve(ws);
    });
  });
}

beforeAll(async () => {
  fake = await FakeSlack.start();
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((r) => wss.once('listening', r));
  fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
  const connected = acceptBot(wss);
  t = await createTestApp();
  bot = createBot(
    { appToken: 'xapp-test', botToken: 'xoxb-test', apiUrl: fake.apiUrl },
    { services: t.services, log: pino({ level: 'silent' }), publicUrl: 'http://crm.test' },
  )!;
  expect(bot.mode).toBe('socket');
  await bot.start();
  socket = await connected;
});

afterAll(async () => {
  await bot?.stop().catch(() => {});
  wss?.close();
  await t?.close();
  await fake?.close();
});

it('Socket Mode: a slash command over the WebSocket is acknowledged and answered', async () => {
  const { id } = await t.user({ name: 'Sam Socket', email: 'sam@example.com' });
  await t.database.db.update(users).set({ slackUserId: 'USAM' }).where(eq(users.id, id));
  const responseUrl = fake.responseUrl();
  socket.send(
    JSON.stringify({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'x',
        team_id: 'T0FAKE',
        channel_id: 'C0FAKE',
        user_id: 'USAM',
        command: '/crm',
        text: 'whoami',
        response_url: responseUrl,
        trigger_id: 'trigger-1',
      },
    }),
  );
  const reply = await fake.waitFor('response_url');
  expect(reply.args.text).toContain('Sam Socket');
  await expect.poll(() => received.some((m) => m.envelope_id === 'env-1')).toBe(true);
  expect(fake.callsOf('apps.connections.open')).toHaveLength(1);
});
