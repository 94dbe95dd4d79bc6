import type { Speech } from '../i18n';
import { adminUrl } from './admin-url';
import { type Block, button, divider, esc, header, link, type Message, section } from './block-kit';
import { ACTION } from './ids';

export interface KbHit {
  id: string;
  name: string;
  excerpt: string;
}

/** The case the list was asked for (`/kb … #123`): each article offers to be sent to it. */
export interface KbCase {
  id: string;
  /** `#123` */
  number: string;
}

/** What the Send button carries (JSON, well under Slack's 2000 characters). */
export const kbSendValue = (caseId: string, articleId: string) =>
  JSON.stringify({ caseId, articleId });

/** `/kb`: the published articles found, each with Open in admin (and Send in reply to #123). */
export function kbListMessage(
  words: string,
  hits: KbHit[],
  target: KbCase | null,
  s: Speech,
  publicUrl: string,
): Message {
  const title = target ? s.m.kb.titleForCase(words, target.number) : s.m.kb.title(words);
  if (!hits.length) {
    const none = s.m.kb.none(esc(words));
    return { text: none, blocks: [section(none)] };
  }
  const items = hits.map((a, i): Block[] => {
    const url = adminUrl(publicUrl, 'kb-articles', a.id);
    const elements = [
      ...(target
        ? [
            button(
              s.m.kb.sendInReply(target.number),
              `${ACTION.kbSend}:${i}`,
              kbSendValue(target.id, a.id),
              'primary',
            ),
          ]
        : []),
      { ...button(s.m.openInAdmin, ACTION.openAdmin, a.id), url },
    ];
    return [
      section(`*${link(url, a.name)}*\n${esc(a.excerpt)}`),
      { type: 'actions', block_id: `kb.article:${a.id}`, elements },
    ];
  });
  return {
    text: `${title}: ${hits.length}`,
    blocks: [header(title), ...items.flatMap((b, i) => (i ? [divider, ...b] : b))],
  };
}
