import type { StageSetting } from '../../server/domain/settings/opportunity-stages';
import type { Speech } from '../i18n';
import { type Block, context, divider, type HomeView, header, section } from './block-kit';
import { dealItem } from './deal-card';
import { leadItem } from './lead-card';
import { type PipelineData, pipelineBlocks } from './pipeline';
import type { DealData, LeadData, Viewer } from './records';

/** Home tabs allow 100 blocks: 8 leads and 8 deals (2 blocks each) leave room for the rest. */
export const HOME_LIMIT = 8;

export interface HomeData {
  name: string;
  leads: LeadData[];
  leadsTotal: number;
  deals: DealData[];
  dealsTotal: number;
  pipeline: PipelineData;
  stages: StageSetting[];
}

const more = (shown: number, total: number, s: Speech): Block[] =>
  total > shown ? [context(s.m.homeMore(total - shown))] : [];

/** App Home: my open leads, my open deals, my pipeline. */
export function homeView(h: HomeData, viewer: Viewer, s: Speech, publicUrl: string): HomeView {
  const leads = h.leads.slice(0, HOME_LIMIT);
  const deals = h.deals.slice(0, HOME_LIMIT);
  return {
    type: 'home',
    blocks: [
      header(s.m.homeTitle(h.name)),
      divider,
      header(s.m.homeLeads),
      ...(leads.length
        ? leads.flatMap((l) => leadItem(l, viewer, s, publicUrl))
        : [section(s.m.noLeads)]),
      ...more(leads.length, h.leadsTotal, s),
      divider,
      header(s.m.homeDeals),
      ...(deals.length
        ? deals.flatMap((d) => dealItem(d, h.stages, viewer, s, publicUrl))
        : [section(s.m.noDeals)]),
      ...more(deals.length, h.dealsTotal, s),
      divider,
      ...pipelineBlocks(h.pipeline, h.stages, true, s),
    ],
  };
}

/** What an unlinked user sees on the Home tab. */
export const unlinkedHomeView = (s: Speech, howToLink: string): HomeView => ({
  type: 'home',
  blocks: [header(s.m.homeNotLinked), section(howToLink)],
});
