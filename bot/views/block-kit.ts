import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;
export type ModalView = types.ModalView;
export type HomeView = types.HomeView;
export type Button = types.Button;
export type PlainOption = types.PlainTextOption;

/** A message as commands and actions send it (`text` is the notification fallback). */
export interface Message {
  text: string;
  blocks: Block[];
}

/** Escapes what Slack's mrkdwn would read as markup in user-typed text. */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const plain = (text: string, max = 3000) => ({
  type: 'plain_text' as const,
  text: text.length > max ? `${text.slice(0, max - 1)}…` : text || ' ',
  emoji: true,
});

export const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text: text || ' ' });

export const section = (text: string): Block => ({ type: 'section', text: mrkdwn(text) });

export const context = (text: string): Block => ({ type: 'context', elements: [mrkdwn(text)] });

export const divider: Block = { type: 'divider' };

export const header = (text: string): Block => ({ type: 'header', text: plain(text, 150) });

/** A Slack link `<url|label>`, label escaped. */
export const link = (url: string, label: string) => `<${url}|${esc(label)}>`;

export const button = (
  text: string,
  action_id: string,
  value: string,
  style?: 'primary' | 'danger',
): Button => ({
  type: 'button',
  text: plain(text, 75),
  action_id,
  value,
  ...(style ? { style } : {}),
});
