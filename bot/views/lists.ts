import type { StageSetting } from '../../server/domain/settings/opportunity-stages';
import type { Speech } from '../i18n';
import { type Block, context, divider, header, type Message, section } from './block-kit';
import { dealItem } from './deal-card';
import { leadItem } from './lead-card';
import type { DealData, LeadData, Viewer } from './records';

/** At most this many records per list message: Slack allows 50 blocks, each item takes 3. */
export const LIST_LIMIT = 10;

function withFooter(items: Block[][], shown: number, total: number, s: Speech): Block[] {
  const blocks = items.flatMap((b, i) => (i ? [divider, ...b] : b));
  return total > shown ? [...blocks, context(s.m.showingFirst(shown, total))] : blocks;
}

export function leadListMessage(
  title: string,
  leads: LeadData[],
  total: number,
  viewer: Viewer,
  s: Speech,
  publicUrl: string,
): Message {
  if (!leads.length) return { text: s.m.noLeads, blocks: [header(title), section(s.m.noLeads)] };
  const items = leads.map((l) => leadItem(l, viewer, s, publicUrl));
  return {
    text: `${title}: ${leads.length}`,
    blocks: [header(title), ...withFooter(items, leads.length, total, s)],
  };
}

export function dealListMessage(
  title: string,
  deals: DealData[],
  total: number,
  stages: StageSetting[],
  viewer: Viewer,
  s: Speech,
  publicUrl: string,
): Message {
  if (!deals.length) return { text: s.m.noDeals, blocks: [header(title), section(s.m.noDeals)] };
  const items = deals.map((d) => dealItem(d, stages, viewer, s, publicUrl));
  return {
    text: `${title}: ${deals.length}`,
    blocks: [header(title), ...withFooter(items, deals.length, total, s)],
  };
}
