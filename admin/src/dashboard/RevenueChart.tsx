import { useTheme } from '@mui/material';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, toChartNumber } from '../common/money';
import { ChartCard, visuallyHidden } from './ChartCard';
import { type RevenueReport, useReport } from './useReport';

const yearMonth = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/** The last 12 months, oldest first, as YYYY-MM. */
const lastTwelveMonths = (): string[] => {
  const now = new Date();
  return Array.from({ length: 12 }, (_, i) =>
    yearMonth(new Date(now.getFullYear(), now.getMonth() - 11 + i, 1)),
  );
};

const monthLabel = (month: string, locale: string) => {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit' }).format(
    new Date(year ?? 1970, (m ?? 1) - 1, 1),
  );
};

/** GET /api/reports/revenue?from&to: won deals by close-date month; missing months are 0. */
export const RevenueChart = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const months = useMemo(lastTwelveMonths, []);
  const params = useMemo(() => ({ from: months[0] ?? '', to: months[11] ?? '' }), [months]);
  const { data, isPending, error } = useReport<RevenueReport>('revenue', params);
  const byMonth = new Map((data?.months ?? []).map((m) => [m.month, m.amount]));
  const rows = months.map((month) => {
    const amount = byMonth.get(month) ?? '0.00';
    return { month, label: monthLabel(month, locale), amount, value: toChartNumber(amount) };
  });
  const money = (amount: string) => formatMoney(amount, data?.currency, locale);

  return (
    <ChartCard
      title={translate('crm.dashboard.revenue')}
      testId="revenue-chart"
      isPending={isPending}
      error={error}
      empty={false}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            width={60}
            tickFormatter={(v: number) =>
              new Intl.NumberFormat(locale, { notation: 'compact' }).format(v)
            }
          />
          <Tooltip
            formatter={(_value, _name, item) => [
              money((item.payload as (typeof rows)[number]).amount),
              translate('crm.dashboard.amount'),
            ]}
          />
          <Bar dataKey="value" fill={theme.palette.success.main} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <table style={visuallyHidden} data-testid="revenue-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.month} data-month={row.month}>
              <th scope="row">{row.label}</th>
              <td>{money(row.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartCard>
  );
};
