import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '../common/money';
import { usePipelineReport } from './useReport';

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <div>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="h5" data-testid={testId}>
      {value}
    </Typography>
  </div>
);

/** Deal count, amount and weighted amount over open and won deals. */
export const PipelineTotals = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = usePipelineReport();
  const totals = data?.totals;
  return (
    <Card sx={{ mb: 2 }} data-testid="pipeline-totals">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('crm.dashboard.totals')}
        </Typography>
        <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Figure
            label={translate('crm.dashboard.deals')}
            value={totals ? String(totals.count) : '–'}
            testId="totals-count"
          />
          <Figure
            label={translate('crm.dashboard.amount')}
            value={totals ? formatMoney(totals.amount, data?.currency, locale) : '–'}
            testId="totals-amount"
          />
          <Figure
            label={translate('crm.dashboard.weighted')}
            value={totals ? formatMoney(totals.weightedAmount, data?.currency, locale) : '–'}
            testId="totals-weighted"
          />
        </Stack>
      </CardContent>
    </Card>
  );
};
