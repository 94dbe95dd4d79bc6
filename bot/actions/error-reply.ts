import type { Logger } from 'pino';
import type { Speech } from '../i18n';
import { describeDomainError } from '../i18n/domain-errors';
import type { Message } from '../views/block-kit';
import { section } from '../views/block-kit';

/** A friendly message for any failure: the domain's reason, else an apology (and a log line). */
export function errorReply(e: unknown, s: Speech, log: Logger, what?: string): Message {
  const known = describeDomainError(e, s, what);
  if (!known) log.error({ err: e }, 'slack listener failed');
  const text = known ?? s.m.somethingWrong;
  return { text, blocks: [section(text)] };
}

export const textMessage = (text: string): Message => ({ text, blocks: [section(text)] });
