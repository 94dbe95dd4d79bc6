import { useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, toChartNumber } from '../common/money';
import { useStages } from '../settings/useStages';
import { ChartCard, visuallyHidden } from './ChartCard';
import { usePipelineReport } from './useReport';

const compact = (locale: string) => (value: number) =>
  new Intl.NumberFormat(locale, { notation: 'compact' }).format(value);

/** GET /api/reports/pipeline: amount and weighted amount per stage (lost deals excluded). */
export const PipelineChart = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const { label } = useStages();
  const { data, isPending, error } = usePipelineReport();
  const currency = data?.currency;
  const rows = (data?.stages ?? []).map((s) => ({
    ...s,
    label: label(s.stage),
    amountValue: toChartNumber(s.amount),
    weightedValue: toChartNumber(s.weightedAmount),
  }));
  const money = (amount: string) => formatMoney(amount, currency, locale);
  const amountName = translate('crm.dashboard.amount');
  const weightedName = translate('crm.dashboard.weighted');

  return (
    <ChartCard
      title={translate('crm.dashboard.pipeline')}
      testId="pipeline-chart"
      isPending={isPending}
      error={error}
      empty={rows.length === 0}
      dataAttributes={{
        'data-total-count': data?.totals.count ?? 0,
        'data-total-amount': data?.totals.amount ?? '0',
      }}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tickFormatter={compact(locale)} width={60} />
          <Tooltip
            formatter={(_value, name, item) => {
              const row = item.payload as (typeof rows)[number];
              const amount = name === weightedName ? row.weightedAmount : row.amount;
              return [`${money(amount)} (${row.count})`, name];
            }}
          />
          <Legend />
          <Bar
            dataKey="amountValue"
            name={amountName}
            fill={theme.palette.primary.main}
            isAnimationActive={false}
          />
          <Bar
            dataKey="weightedValue"
            name={weightedName}
            fill={theme.palette.warning.main}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <table style={visuallyHidden} data-testid="pipeline-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.stage} data-stage={row.stage}>
              <th scope="row">{row.label}</th>
              <td>{row.count}</td>
              <td>{money(row.amount)}</td>
              <td>{money(row.weightedAmount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
};
