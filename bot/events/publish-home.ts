import type { WebClient } from '@slack/web-api';
import { listLeads } from '../../server/domain/leads/lead-queries';
import { listOpportunities } from '../../server/domain/opportunities/opportunity-queries';
import { pipelineReport } from '../../server/domain/reports/pipeline-report';
import { getOpportunityStages, isOpen } from '../../server/domain/settings/opportunity-stages';
import type { Session } from '../actions/session';
import { viewerFor } from '../actions/viewer';
import type { BotDeps } from '../deps';
import { HOME_LIMIT, homeView, unlinkedHomeView } from '../views/home';
import { toDealData, toLeadData } from '../views/records';

/** App Home: my open leads, my open deals and my pipeline (or how to get linked). */
export async function publishHome(client: WebClient, deps: BotDeps, session: Session) {
  const { s, ctx } = session;
  if (!ctx) {
    await client.views.publish({
      user_id: session.slackUserId,
      view: unlinkedHomeView(s, session.howToLink),
    });
    return;
  }
  const me = ctx.actor.id;
  const stages = await getOpportunityStages(ctx);
  const [leads, deals, pipeline] = await Promise.all([
    listLeads(ctx, {
      filter: { assignedUserId: me, status: ['New', 'Assigned', 'In Process'] },
      range: [0, HOME_LIMIT - 1],
    }),
    listOpportunities(ctx, {
      filter: { assignedUserId: me, stage: stages.filter(isOpen).map((st) => st.name) },
      sort: ['closeDate', 'ASC'],
      range: [0, HOME_LIMIT - 1],
    }),
    pipelineReport(ctx, { mine: 'true' }),
  ]);
  const leadData = leads.data.map(toLeadData);
  const dealData = deals.data.map(toDealData);
  const viewer = await viewerFor(ctx, [...leadData, ...dealData]);
  const view = homeView(
    {
      name: ctx.actor.name,
      leads: leadData,
      leadsTotal: leads.total,
      deals: dealData,
      dealsTotal: deals.total,
      pipeline,
      stages,
    },
    viewer,
    s,
    deps.publicUrl,
  );
  await client.views.publish({ user_id: session.slackUserId, view });
}
