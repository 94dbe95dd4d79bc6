import { ImapFlow } from 'imapflow';
import type { ImapSettings } from '../../domain/mailboxes/poll-state';

export interface ImapClientOptions {
  /** Connect, TLS and greeting budget, in ms. */
  timeoutMs?: number;
  /** Quiet time before IDLE starts (imapflow's default 15 s would delay push that long). */
  autoIdleMs?: number;
}

/**
 * A new imapflow client for one connection (an instance cannot reconnect: make another after
 * `close`). `SSL` is implicit TLS, `TLS` requires STARTTLS, `none` stays in cleartext. The caller
 * must listen for `error` before connecting. imapflow's own logging is off: it could show
 * mailbox contents.
 */
export function imapClient(s: ImapSettings, opts: ImapClientOptions = {}): ImapFlow {
  const timeout = opts.timeoutMs ?? 30_000;
  return new ImapFlow({
    host: s.host,
    port: s.port,
    secure: s.security === 'SSL',
    doSTARTTLS: s.security === 'TLS',
    auth: { user: s.username, pass: s.password },
    logger: false,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    autoIdleDelay: opts.autoIdleMs ?? 1000,
    // Some servers drop an IDLE after ~30 min without a word; restarting it keeps the socket alive.
    maxIdleTime: 4 * 60_000,
    clientInfo: { name: 'Slack-first CRM' },
  });
}

type ImapError = Error & {
  code?: string;
  authenticationFailed?: boolean;
  responseText?: string;
  serverResponseCode?: string;
};

/** An IMAP failure in plain words for the admin (shown in the panel and as the mailbox's lastError). */
export function describeImapError(err: unknown, s: Pick<ImapSettings, 'host' | 'port'>): string {
  const e = (err ?? {}) as ImapError;
  const where = `${s.host}:${s.port}`;
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') {
    return `The server refused the user name or password${e.responseText ? ` (${e.responseText})` : ''}.`;
  }
  switch (e.code) {
    case 'ECONNREFUSED':
      return `Nothing answers at ${where} (connection refused): check the host and port.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host ${s.host} was not found.`;
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
    case 'GREETING_TIMEOUT':
    case 'ESOCKETTIMEDOUT':
      return `No answer from ${where} in time: check the host, port and firewall.`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'NoConnection':
    case 'ClosedAfterConnectText':
      return `${where} closed the connection: check the port and the security setting (SSL, TLS, none).`;
  }
  if (/ssl|tls|certificate|wrong version number|self.signed/i.test(e.message ?? '')) {
    return `The secure connection to ${where} failed (${e.message}): check the port and the security setting.`;
  }
  if (e.responseText) return `The server answered: ${e.responseText}`;
  return e.message ? `IMAP error: ${e.message}` : 'Unknown IMAP error.';
}
