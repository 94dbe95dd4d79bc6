import { Stack } from '@mui/material';
import { regex, required, SelectInput, TextInput } from 'react-admin';
import { currencyChoices, DEFAULT_CURRENCY } from '../choices';

interface MoneyInputProps {
  source: string;
  currencySource: string;
  isRequired?: boolean;
  label?: string;
  currencyLabel?: string;
}

const decimal = regex(/^\d+(\.\d{1,2})?$/, 'crm.validation.amount');
const parseAmount = (value: string) => (value === '' ? null : value.replace(',', '.').trim());

/** Amount as a decimal string (never a float) with its currency. */
export const MoneyInput = ({
  source,
  currencySource,
  isRequired,
  label,
  currencyLabel,
}: MoneyInputProps) => (
  <Stack direction="row" spacing={2} sx={{ width: '100%' }}>
    <TextInput
      source={source}
      label={label}
      parse={parseAmount}
      validate={isRequired ? [required(), decimal] : decimal}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
    />
    <SelectInput
      source={currencySource}
      label={currencyLabel}
      choices={currencyChoices}
      defaultValue={DEFAULT_CURRENCY}
      translateChoice={false}
      sx={{ minWidth: 120 }}
    />
  </Stack>
);
