import type { StageSetting } from '../../server/domain/settings/opportunity-stages';
import type { Speech } from '../i18n';
import { formatMoney, formatPercent } from '../i18n/format';
import { stageLabel } from '../i18n/stage-label';
import { type Block, header, type Message, mrkdwn } from './block-kit';

/** The shape of `pipelineReport` (server/domain/reports/pipeline-report.ts). */
export interface PipelineData {
  stages: {
    stage: string;
    probability: number;
    count: number;
    amount: string;
    weightedAmount: string;
  }[];
  totals: { count: number; amount: string; weightedAmount: string };
  won: { month: string; quarter: string };
}

/**
 * Per stage: count, amount, probability, weighted amount; then totals and what was won this
 * month and quarter. Amounts are summed whatever their currency (as the report does), shown in
 * the default currency.
 */
export function pipelineBlocks(
  report: PipelineData,
  stages: StageSetting[],
  mine: boolean,
  s: Speech,
  currency = 'EUR',
): Block[] {
  const money = (v: string) => formatMoney(v, currency, s.locale);
  const lines = report.stages.map(
    (r) =>
      `*${stageLabel(stages, r.stage, s.lang)}* (${formatPercent(r.probability, s.locale)}) — ${s.m.dealsCount(r.count)} · ${money(r.amount)} · ${s.m.weighted.toLowerCase()} ${money(r.weightedAmount)}`,
  );
  const t = report.totals;
  return [
    header(s.m.pipelineTitle(mine)),
    { type: 'section', text: mrkdwn(lines.join('\n') || s.m.pipelineEmpty) },
    {
      type: 'section',
      fields: [
        mrkdwn(`*${s.m.total}*\n${s.m.dealsCount(t.count)} · ${money(t.amount)}`),
        mrkdwn(`*${s.m.weighted}*\n${money(t.weightedAmount)}`),
        mrkdwn(`*${s.m.wonMonth}*\n${money(report.won.month)}`),
        mrkdwn(`*${s.m.wonQuarter}*\n${money(report.won.quarter)}`),
      ],
    },
  ];
}

export function pipelineMessage(
  report: PipelineData,
  stages: StageSetting[],
  mine: boolean,
  s: Speech,
): Message {
  const text = `${s.m.pipelineTitle(mine)}: ${s.m.dealsCount(report.totals.count)}, ${formatMoney(report.totals.amount, 'EUR', s.locale)}`;
  return { text, blocks: pipelineBlocks(report, stages, mine, s) };
}
