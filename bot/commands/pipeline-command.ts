import type { App } from '@slack/bolt';
import { pipelineReport } from '../../server/domain/reports/pipeline-report';
import { getOpportunityStages } from '../../server/domain/settings/opportunity-stages';
import { errorReply, textMessage } from '../actions/error-reply';
import { openSession } from '../actions/session';
import type { BotDeps } from '../deps';
import { pipelineMessage } from '../views/pipeline';
import { usageMessage } from '../views/usage';
import { parsePipelineCommand } from './parse-pipeline';
import { ephemeral } from './reply';

/** `/pipeline [mine]`: per stage count, amount, probability, weighted; totals; won. */
export function registerPipelineCommand(app: App, deps: BotDeps) {
  app.command('/pipeline', async ({ command, ack, respond, client }) => {
    await ack();
    const session = await openSession(deps, client, command.user_id);
    const { s, ctx } = session;
    const parsed = parsePipelineCommand(command.text ?? '');
    if (parsed.kind === 'help')
      return void (await ephemeral(respond, usageMessage('/pipeline', s)));
    if (parsed.kind === 'usage') {
      return void (await ephemeral(respond, usageMessage('/pipeline', s, parsed.problem)));
    }
    if (!ctx) return void (await ephemeral(respond, textMessage(session.howToLink)));
    try {
      const [report, stages] = await Promise.all([
        pipelineReport(ctx, parsed.mine ? { mine: 'true' } : {}),
        getOpportunityStages(ctx),
      ]);
      await ephemeral(respond, pipelineMessage(report, stages, parsed.mine, s));
    } catch (e) {
      await ephemeral(respond, errorReply(e, s, deps.log));
    }
  });
}
