import type { WebClient } from '@slack/web-api';
import type { Ctx } from '../../server/domain/context';
import { findLeadsByRef } from '../../server/domain/leads/find-leads';
import { getLead } from '../../server/domain/leads/lead-queries';
import { updateLead } from '../../server/domain/leads/update-lead';
import type { Speech } from '../i18n';
import type { Message } from '../views/block-kit';
import { convertModal, draftFromLead } from '../views/convert-modal';
import { leadCard } from '../views/lead-card';
import type { ModalMetadata } from '../views/modal-metadata';
import { type LeadData, toLeadData } from '../views/records';
import { textMessage } from './error-reply';
import { oneOrPickList } from './resolve-ref';
import { viewerFor } from './viewer';

export type LeadOp = 'show' | 'convert';

/** The one lead meant by `ref`, or the reply to send instead (no match, or a pick-list). */
export async function resolveLead(
  ctx: Ctx,
  s: Speech,
  ref: string,
  op: LeadOp,
): Promise<{ lead: Record<string, unknown> } | { reply: Message }> {
  const r = oneOrPickList(await findLeadsByRef(ctx, ref), ref, s, {
    kind: 'lead',
    what: s.m.lead,
    choice: (record) => {
      const l = toLeadData(record);
      return { label: `${l.number} ${l.name}`, value: { id: l.id, op } };
    },
  });
  return 'one' in r ? { lead: r.one } : r;
}

export async function leadCardMessage(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  record: Record<string, unknown>,
  note?: string,
): Promise<Message> {
  const lead = toLeadData(record);
  const viewer = await viewerFor(ctx, [lead]);
  const card = leadCard(lead, viewer, s, publicUrl);
  const text = note ?? `${lead.number} ${lead.name}`;
  return {
    text,
    blocks: note ? [{ type: 'section', text: { type: 'mrkdwn', text: note } }, ...card] : card,
  };
}

export async function assignLeadToMe(ctx: Ctx, leadId: string) {
  return updateLead(ctx, leadId, { assignedUserId: ctx.actor.id });
}

export const loadLead = (ctx: Ctx, id: string) => getLead(ctx, id);

/** Opens the conversion modal, or says why not (already converted). */
export async function openConvertModal(
  client: WebClient,
  triggerId: string,
  s: Speech,
  record: Record<string, unknown>,
  meta: ModalMetadata,
): Promise<Message | null> {
  const lead: LeadData = toLeadData(record);
  if (lead.status === 'Converted') return textMessage(s.m.alreadyConverted(lead.number));
  const draft = draftFromLead({
    ...lead,
    firstName: typeof record.firstName === 'string' ? record.firstName : undefined,
    lastName: typeof record.lastName === 'string' ? record.lastName : undefined,
  });
  await client.views.open({ trigger_id: triggerId, view: convertModal(draft, s, meta) });
  return null;
}
