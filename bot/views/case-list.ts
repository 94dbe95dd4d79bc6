import type { Speech } from '../i18n';
import { type Block, context, divider, header, type Message, section } from './block-kit';
import { type CaseData, type CaseLook, caseItem } from './case-card';

/** `/case list`: one item per case (3 blocks each, so at most LIST_LIMIT), latest activity first. */
export function caseListMessage(
  title: string,
  cases: CaseData[],
  total: number,
  look: CaseLook,
  s: Speech,
  publicUrl: string,
): Message {
  if (!cases.length) {
    return { text: s.m.case.none, blocks: [header(title), section(s.m.case.none)] };
  }
  const items = cases.map((c) => caseItem(c, look, s, publicUrl));
  const blocks: Block[] = items.flatMap((b, i) => (i ? [divider, ...b] : b));
  if (total > cases.length) blocks.push(context(s.m.case.showingFirst(cases.length, total)));
  return { text: `${title}: ${cases.length}`, blocks: [header(title), ...blocks] };
}
