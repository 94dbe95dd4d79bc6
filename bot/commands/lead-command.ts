import type { App } from '@slack/bolt';
import { Invalid } from '../../server/domain/errors';
import { createLead } from '../../server/domain/leads/create-lead';
import { listLeads } from '../../server/domain/leads/lead-queries';
import { errorReply, textMessage } from '../actions/error-reply';
import { leadCardMessage, openConvertModal, resolveLead } from '../actions/lead-ops';
import { openSession } from '../actions/session';
import { viewerFor } from '../actions/viewer';
import type { BotDeps } from '../deps';
import { describeDomainError } from '../i18n/domain-errors';
import { LIST_LIMIT, leadListMessage } from '../views/lists';
import { type NewLeadDraft, newLeadModal } from '../views/new-lead-modal';
import { toLeadData } from '../views/records';
import { usageMessage } from '../views/usage';
import { type LeadListFilter, parseLeadCommand } from './parse-lead';
import { ephemeral } from './reply';

const OPEN_STATUSES = ['New', 'Assigned', 'In Process'];

const listFilter = (filter: LeadListFilter, me: string | null): Record<string, unknown> =>
  filter === 'mine'
    ? { assignedUserId: me, status: OPEN_STATUSES }
    : filter === 'new'
      ? { status: 'New' }
      : {};

/** `/lead`: the new-lead modal, quick create, list, show and convert (slack.md, Commands). */
export function registerLeadCommand(app: App, deps: BotDeps) {
  app.command('/lead', async ({ command, ack, respond, client }) => {
    await ack();
    const session = await openSession(deps, client, command.user_id);
    const { s, ctx } = session;
    const say = (m: Parameters<typeof ephemeral>[1]) => ephemeral(respond, m);
    const parsed = parseLeadCommand(command.text ?? '');
    if (parsed.kind === 'help') return void (await say(usageMessage('/lead', s)));
    if (parsed.kind === 'usage') return void (await say(usageMessage('/lead', s, parsed.problem)));
    if (!ctx) return void (await say(textMessage(session.howToLink)));
    const meta = { responseUrl: command.response_url, channelId: command.channel_id };
    const openModal = (draft: NewLeadDraft, note?: string) =>
      client.views.open({
        trigger_id: command.trigger_id,
        view: newLeadModal(draft, s, meta, note),
      });

    try {
      switch (parsed.kind) {
        case 'modal':
          await openModal({});
          return;
        case 'new': {
          const { draft, unparsed, complete } = parsed.parsed;
          if (!complete) {
            const note = unparsed.length ? s.m.unparsed(unparsed.join(' ')) : undefined;
            await openModal(draft, note);
            return;
          }
          try {
            const lead = await createLead(ctx, draft);
            const num = String(lead.number);
            await say(await leadCardMessage(ctx, s, deps.publicUrl, lead, s.m.leadCreated(num)));
          } catch (e) {
            // What the domain refuses (a malformed e-mail…) is corrected in the form, not retyped.
            if (!(e instanceof Invalid)) throw e;
            await openModal(draft, describeDomainError(e, s) ?? undefined);
          }
          return;
        }
        case 'list': {
          const r = await listLeads(ctx, {
            filter: listFilter(parsed.filter, ctx.actor.id),
            range: [0, LIST_LIMIT - 1],
          });
          const leads = r.data.map(toLeadData);
          const viewer = await viewerFor(ctx, leads);
          const title = s.m.leadsTitle[parsed.filter] ?? s.m.leadsTitle.all!;
          await say(leadListMessage(title, leads, r.total, viewer, s, deps.publicUrl));
          return;
        }
        case 'show':
        case 'convert': {
          const found = await resolveLead(ctx, s, parsed.ref, parsed.kind);
          if ('reply' in found) return void (await say(found.reply));
          if (parsed.kind === 'show') {
            await say(await leadCardMessage(ctx, s, deps.publicUrl, found.lead));
            return;
          }
          const refused = await openConvertModal(client, command.trigger_id, s, found.lead, meta);
          if (refused) await say(refused);
          return;
        }
      }
    } catch (e) {
      await say(errorReply(e, s, deps.log, s.m.lead));
    }
  });
}
