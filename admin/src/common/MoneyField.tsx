import { Typography } from '@mui/material';
import { type FieldProps, useFieldValue, useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney } from './money';

interface MoneyFieldProps extends FieldProps {
  source: string;
  currencySource?: string;
}

/** Shows a decimal-string amount with the record's currency, in the current locale. */
export const MoneyField = ({ source, currencySource = 'currency' }: MoneyFieldProps) => {
  const record = useRecordContext();
  const amount = useFieldValue({ source }) as string | null | undefined;
  const [locale] = useLocaleState();
  const currency = record?.[currencySource] as string | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatMoney(amount, currency, locale)}
    </Typography>
  );
};
