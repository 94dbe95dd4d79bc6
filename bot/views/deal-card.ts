import type { StageSetting } from '../../server/domain/settings/opportunity-stages';
import type { Speech } from '../i18n';
import { formatDate, formatMoney, formatPercent } from '../i18n/format';
import { stageLabel } from '../i18n/stage-label';
import { adminUrl } from './admin-url';
import { type Block, button, link, mrkdwn, plain } from './block-kit';
import { ACTION, dealActionsBlock } from './ids';
import { ownerText } from './owner';
import type { DealData, Viewer } from './records';

/** The stage select: every configured stage, the deal's own preselected. */
function stageSelect(deal: DealData, stages: StageSetting[], s: Speech) {
  const options = stages.slice(0, 100).map((st) => ({
    text: plain(stageLabel(stages, st.name, s.lang), 75),
    value: st.name,
  }));
  const initial = options.find((o) => o.value === deal.stage);
  return {
    type: 'static_select' as const,
    action_id: ACTION.dealStage,
    placeholder: plain(s.m.moveTo, 150),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

function dealActions(
  deal: DealData,
  stages: StageSetting[],
  viewer: Viewer,
  s: Speech,
  publicUrl: string,
): Block {
  const elements = [
    ...(stages.length ? [stageSelect(deal, stages, s)] : []),
    ...(!viewer.userId || deal.assignedUserId !== viewer.userId
      ? [button(s.m.assignToMe, ACTION.dealAssignMe, deal.id)]
      : []),
    {
      ...button(s.m.openInAdmin, ACTION.openAdmin, deal.id),
      url: adminUrl(publicUrl, 'opportunities', deal.id),
    },
  ];
  return { type: 'actions', block_id: dealActionsBlock(deal.id), elements };
}

const money = (deal: DealData, s: Speech) =>
  formatMoney(deal.amount, deal.currency ?? 'EUR', s.locale);

/** The full deal card: stage, amount, probability, close date, owner, with the stage select. */
export function dealCard(
  deal: DealData,
  stages: StageSetting[],
  viewer: Viewer,
  s: Speech,
  publicUrl: string,
): Block[] {
  const title = link(adminUrl(publicUrl, 'opportunities', deal.id), `${deal.number} ${deal.name}`);
  const fields = [
    `*${s.m.stage}*\n${stageLabel(stages, deal.stage, s.lang)}`,
    `*${s.m.amount}*\n${money(deal, s)}`,
    `*${s.m.probability}*\n${deal.probability === undefined ? '—' : formatPercent(deal.probability, s.locale)}`,
    `*${s.m.closeDate}*\n${formatDate(deal.closeDate, s.locale)}`,
    `*${s.m.owner}*\n${ownerText(deal.assignedUserId, viewer, s)}`,
  ];
  return [
    { type: 'section', text: mrkdwn(`*${title}*`), fields: fields.map(mrkdwn) },
    dealActions(deal, stages, viewer, s, publicUrl),
  ];
}

/** One line and the actions, for lists and App Home. */
export function dealItem(
  deal: DealData,
  stages: StageSetting[],
  viewer: Viewer,
  s: Speech,
  publicUrl: string,
): Block[] {
  const title = link(adminUrl(publicUrl, 'opportunities', deal.id), `${deal.number} ${deal.name}`);
  const line = [
    stageLabel(stages, deal.stage, s.lang),
    money(deal, s),
    deal.probability === undefined ? null : formatPercent(deal.probability, s.locale),
    deal.closeDate ? formatDate(deal.closeDate, s.locale) : null,
  ].filter(Boolean);
  return [
    { type: 'section', text: mrkdwn(`*${title}*\n${line.join(' · ')}`) },
    dealActions(deal, stages, viewer, s, publicUrl),
  ];
}
