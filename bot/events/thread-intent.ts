import type { SupportMode } from '../../server/domain/slack/support-mode';

/** What an agent's message in a case thread is: a reply e-mailed to the customer, or a note. */
export interface ThreadIntent {
  kind: 'reply' | 'note';
  /** The text without the prefix that chose it. */
  body: string;
}

/** 🔒 (`:lock:`): an internal note whatever the channel's mode. */
const NOTE = /^\s*(?::lock:|\u{1F512})\s*/u;
/** ✉️ (`:email:`, `:envelope:`, `:e-mail:`): to the customer whatever the channel's mode. */
const MAIL = /^\s*(?::email:|:envelope:|:e-mail:|\u2709\uFE0F?|\u{1F4E7})\s*/u;

/**
 * slack.md, Cases in threads: in a `public` support channel a thread reply goes to the customer
 * unless it starts with 🔒; in an `internal` one it is a note unless it starts with ✉️.
 */
export function threadIntent(text: string, mode: SupportMode): ThreadIntent {
  if (NOTE.test(text)) return { kind: 'note', body: text.replace(NOTE, '') };
  if (MAIL.test(text)) return { kind: 'reply', body: text.replace(MAIL, '') };
  return { kind: mode === 'internal' ? 'note' : 'reply', body: text.trim() };
}
