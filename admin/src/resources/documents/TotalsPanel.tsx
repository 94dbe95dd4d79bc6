import { Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatMoney } from '../../common/money';
import { Section } from '../../common/ShowColumns';
import type { DocumentItem } from './kinds';
import { computeTotals, type Totals } from './totals';

const ROWS: { key: keyof Totals; testId: string; strong?: boolean }[] = [
  { key: 'preDiscountedAmount', testId: 'doc-total-pre-discounted' },
  { key: 'discountAmount', testId: 'doc-total-discount' },
  { key: 'amount', testId: 'doc-total-amount' },
  { key: 'taxAmount', testId: 'doc-total-tax' },
  { key: 'shippingCost', testId: 'doc-total-shipping' },
  { key: 'grandTotalAmount', testId: 'doc-total-grand', strong: true },
];

export const TotalsTable = ({
  totals,
  currency,
  live,
}: {
  totals: Totals;
  currency?: string | null;
  live?: boolean;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" data-testid="document-totals" data-live={live ? 'true' : 'false'}>
      <TableBody>
        {ROWS.map(({ key, testId, strong }) => (
          <TableRow key={key}>
            <TableCell component="th" scope="row" sx={{ fontWeight: strong ? 600 : undefined }}>
              {translate(`crm.documents.totals.${key}`)}
            </TableCell>
            <TableCell
              align="right"
              data-testid={testId}
              data-value={totals[key]}
              sx={{ fontWeight: strong ? 600 : undefined, whiteSpace: 'nowrap' }}
            >
              {formatMoney(totals[key], currency, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** In a form: the totals recomputed exactly at each keystroke (the server stores its own). */
export const LiveTotalsPanel = () => {
  const translate = useTranslate();
  const [items, taxRate, shippingCost, currency] = useWatch({
    name: ['items', 'taxRate', 'shippingCost', 'currency'],
  }) as [DocumentItem[] | undefined, string | undefined, string | undefined, string | undefined];
  return (
    <Section title={translate('crm.documents.totals.title')}>
      <TotalsTable totals={computeTotals(items, taxRate, shippingCost)} currency={currency} live />
      <Typography variant="caption" color="text.secondary">
        {translate('crm.documents.totals.live_help')}
      </Typography>
    </Section>
  );
};

/** On a show page: the server's stored totals. */
export const RecordTotalsPanel = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  const totals: Totals = {
    amount: record.amount,
    discountAmount: record.discountAmount,
    preDiscountedAmount: record.preDiscountedAmount,
    taxAmount: record.taxAmount,
    shippingCost: record.shippingCost,
    grandTotalAmount: record.grandTotalAmount,
  };
  return (
    <Section title={translate('crm.documents.totals.title')}>
      <TotalsTable totals={totals} currency={record.currency} />
    </Section>
  );
};
