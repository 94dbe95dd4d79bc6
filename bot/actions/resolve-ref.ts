import type { Speech } from '../i18n';
import { esc, type Message } from '../views/block-kit';
import { type PickChoice, pickListMessage } from '../views/pick-list';
import { textMessage } from './error-reply';

/**
 * What a typed reference (`#12`, words) found: the one record, or the reply to send instead —
 * "no <what> matches", or a pick-list of the matches whose buttons carry `choice(record)`.
 */
export function oneOrPickList<R>(
  found: { data: R[]; total: number },
  ref: string,
  s: Speech,
  list: {
    kind: Parameters<typeof pickListMessage>[0];
    what: string;
    choice: (record: R) => PickChoice;
  },
): { one: R } | { reply: Message } {
  const [only] = found.data;
  if (found.data.length === 1 && only) return { one: only };
  if (!found.data.length) return { reply: textMessage(s.m.noMatch(list.what, esc(ref))) };
  const prompt = s.m.severalMatches(esc(ref));
  return {
    reply: pickListMessage(list.kind, prompt, found.data.map(list.choice), found.total, s),
  };
}
