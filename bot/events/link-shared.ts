import type { App } from '@slack/bolt';
import { getCase } from '../../server/domain/cases/case-queries';
import { getLead } from '../../server/domain/leads/lead-queries';
import { getOpportunity } from '../../server/domain/opportunities/opportunity-queries';
import { getOpportunityStages } from '../../server/domain/settings/opportunity-stages';
import { caseCardMessage } from '../actions/case-ops';
import { openSession } from '../actions/session';
import { viewerFor } from '../actions/viewer';
import type { BotDeps } from '../deps';
import { recordOfUrl } from '../views/admin-url';
import type { Block } from '../views/block-kit';
import { dealCard } from '../views/deal-card';
import { leadCard } from '../views/lead-card';
import { toDealData, toLeadData } from '../views/records';

/**
 * `link_shared`: links to /admin/ leads, deals and cases unfurl into their cards. Only what the member
 * who shared the link may read is unfurled (others stay plain links); the card names no viewer
 * ("you"), since everyone in the channel sees it.
 */
export function registerLinkShared(app: App, deps: BotDeps) {
  app.event('link_shared', async ({ event, client }) => {
    try {
      const session = await openSession(deps, client, event.user);
      const { ctx, s } = session;
      if (!ctx) return;
      const unfurls: Record<string, { blocks: Block[] }> = {};
      for (const { url } of event.links.slice(0, 5)) {
        const rec = recordOfUrl(deps.publicUrl, url);
        if (!rec) continue;
        try {
          if (rec.resource === 'cases') {
            const card = await caseCardMessage(ctx, s, deps.publicUrl, await getCase(ctx, rec.id), {
              neutral: true,
            });
            unfurls[url] = { blocks: card.blocks };
          } else if (rec.resource === 'leads') {
            const lead = toLeadData(await getLead(ctx, rec.id));
            const viewer = { ...(await viewerFor(ctx, [lead])), userId: null };
            unfurls[url] = { blocks: leadCard(lead, viewer, s, deps.publicUrl) };
          } else {
            const deal = toDealData(await getOpportunity(ctx, rec.id));
            const [stages, people] = await Promise.all([
              getOpportunityStages(ctx),
              viewerFor(ctx, [deal]),
            ]);
            unfurls[url] = {
              blocks: dealCard(deal, stages, { ...people, userId: null }, s, deps.publicUrl),
            };
          }
        } catch {
          // Unknown or not readable by the sharer: leave the link as it is.
        }
      }
      if (!Object.keys(unfurls).length) return;
      const target =
        event.unfurl_id && event.source
          ? { unfurl_id: event.unfurl_id, source: event.source }
          : { channel: event.channel, ts: event.message_ts };
      await client.chat.unfurl({ ...target, unfurls } as Parameters<typeof client.chat.unfurl>[0]);
    } catch (err) {
      deps.log.error({ err }, 'link unfurl failed');
    }
  });
}
