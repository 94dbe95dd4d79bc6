import type { Speech } from '../i18n';
import { type Block, button, context, type Message, section } from './block-kit';
import { ACTION } from './ids';

export interface PickChoice {
  label: string;
  /** What the button does when clicked (JSON, at most 2000 characters). */
  value: { id: string; op: string; arg?: string };
}

/** "Several records match …": one button per match (up to 10), then "…and n more". */
export function pickListMessage(
  kind: 'lead' | 'deal' | 'quote' | 'case',
  prompt: string,
  choices: PickChoice[],
  total: number,
  s: Speech,
): Message {
  const shown = choices.slice(0, 10);
  const prefix = {
    lead: ACTION.leadPick,
    deal: ACTION.dealPick,
    quote: ACTION.quotePick,
    case: ACTION.casePick,
  }[kind];
  const blocks: Block[] = [
    section(prompt),
    {
      type: 'actions',
      elements: shown.map((c, i) => button(c.label, `${prefix}:${i}`, JSON.stringify(c.value))),
    },
  ];
  if (total > shown.length) blocks.push(context(s.m.moreMatches(total - shown.length)));
  return { text: prompt, blocks };
}
