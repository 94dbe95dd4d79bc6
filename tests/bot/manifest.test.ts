import type { App } from '@slack/bolt';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import {
  BOT_EVENTS,
  BOT_SCOPES,
  buildManifest,
  COMMANDS,
  SHORTCUTS,
  toYaml,
} from '../../bot/manifest';
import { registerListeners } from '../../bot/register';
import { systemClock } from '../../server/domain/context';

/** Every listener registerListeners adds, recorded through a stand-in for Bolt's App. */
function registered() {
  const seen = {
    commands: [] as string[],
    events: [] as string[],
    shortcuts: [] as string[],
    message: false,
  };
  const name = (c: unknown) =>
    typeof c === 'string' ? c : (c as { callback_id?: string } | undefined)?.callback_id;
  const app = new Proxy(
    {},
    {
      get:
        (_t, prop) =>
        (...args: unknown[]) => {
          const first = args[0];
          if (prop === 'command' && typeof first === 'string') seen.commands.push(first);
          if (prop === 'event' && typeof first === 'string') seen.events.push(first);
          if (prop === 'shortcut' && name(first)) seen.shortcuts.push(name(first)!);
          if (prop === 'message') seen.message = true;
        },
    },
  ) as unknown as App;
  registerListeners(app, {
    services: { db: {} as never, kind: 'postgres', clock: systemClock },
    log: pino({ level: 'silent' }),
    publicUrl: 'http://crm.test',
  });
  return seen;
}

describe('the Slack app manifest', () => {
  it('declares every command, shortcut and event the code registers', () => {
    const seen = registered();
    expect(seen.commands).toContain('/crm');
    const commands = COMMANDS.map((c) => c.command);
    for (const c of seen.commands) expect(commands).toContain(c);
    for (const s of seen.shortcuts) expect(SHORTCUTS.map((x) => x.callback_id)).toContain(s);
    for (const e of seen.events) {
      // message events are declared per conversation type (message.channels, …)
      expect(BOT_EVENTS.some((b) => b === e || b.startsWith(`${e}.`))).toBe(true);
    }
    if (seen.message) expect(BOT_EVENTS).toContain('message.channels');
  });

  it('declares what slack.md needs', () => {
    expect(COMMANDS.map((c) => c.command)).toEqual([
      '/lead',
      '/deal',
      '/case',
      '/quote',
      '/kb',
      '/pipeline',
      '/crm',
    ]);
    expect(SHORTCUTS.map((s) => s.name)).toEqual([
      'Send to customer',
      'Internal note',
      'Create case from message',
    ]);
    for (const s of [
      'commands',
      'chat:write',
      'users:read.email',
      'links:write',
      'reactions:write',
      'files:write',
    ]) {
      expect(BOT_SCOPES).toContain(s);
    }
    for (const e of [
      'app_home_opened',
      'link_shared',
      'message.channels',
      'message.groups',
      'reaction_added',
    ]) {
      expect(BOT_EVENTS).toContain(e);
    }
  });

  it('fills the URLs from PUBLIC_URL over HTTP, and none in Socket Mode', () => {
    const http = buildManifest({ publicUrl: 'https://crm.example.com/' });
    const url = 'https://crm.example.com/slack/events';
    expect(http.settings.event_subscriptions.request_url).toBe(url);
    expect(http.settings.interactivity.request_url).toBe(url);
    expect(http.settings.interactivity.message_menu_options_url).toBe(url);
    expect(http.features.slash_commands.every((c) => 'url' in c && c.url === url)).toBe(true);
    expect(http.features.unfurl_domains).toEqual(['crm.example.com']);
    expect(http.settings.socket_mode_enabled).toBe(false);

    const socket = buildManifest({ publicUrl: 'https://crm.example.com', socketMode: true });
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('/slack/events');
    expect(toYaml(socket)).toContain('socket_mode_enabled: true');
  });
});
