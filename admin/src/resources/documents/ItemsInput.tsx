import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  type RaRecord,
  ReferenceInput,
  regex,
  SimpleFormIterator,
  TextInput,
  useLocaleState,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { formatMoney } from '../../common/money';
import type { DocumentItem } from './kinds';
import { lineAmount } from './totals';

const money = regex(/^\d+(\.\d{1,2})?$/, 'crm.validation.amount');
const percent = regex(/^\d{1,5}(\.\d{1,4})?$/, 'crm.validation.percent');
const quantity = regex(/^\d{1,10}(\.\d{1,4})?$/, 'crm.validation.quantity');
const parseDecimal = (value: string) => (value === '' ? null : value.replace(',', '.').trim());
const decimalInput = { htmlInput: { inputMode: 'decimal' as const } };
const toQuery = (q: string) => ({ q });

/** Picking a product fills the line's name and prices (still editable). */
const ProductInput = () => {
  const sourceContext = useSourceContext();
  const { setValue } = useFormContext();
  const fill = (_value: unknown, product: RaRecord | '') => {
    if (!product) return;
    const at = (field: string) => sourceContext.getSource(field);
    const options = { shouldDirty: true, shouldValidate: true };
    setValue(at('name'), product.name ?? '', options);
    setValue(at('listPrice'), product.listPrice ?? product.unitPrice ?? null, options);
    setValue(at('unitPrice'), product.unitPrice ?? null, options);
  };
  return (
    <ReferenceInput source="productId" reference="products" filter={{ status: 'Available' }}>
      <AutocompleteInput
        filterToQuery={toQuery}
        onChange={fill}
        fullWidth={false}
        sx={{ width: 240 }}
        helperText={false}
      />
    </ReferenceInput>
  );
};

/** The line's amount as typed (unit price × quantity, rounded half-up). */
const LineAmount = () => {
  const sourceContext = useSourceContext();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const item = useWatch({ name: sourceContext.getSource('') }) as DocumentItem | undefined;
  const currency = useWatch({ name: 'currency' }) as string | undefined;
  const amount = item ? lineAmount(item) : null;
  return (
    <Box sx={{ minWidth: 110, alignSelf: 'center', textAlign: 'right' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('crm.documents.items.amount')}
      </Typography>
      <Typography variant="body2" data-testid="item-amount" data-value={amount ?? ''}>
        {amount ? formatMoney(amount, currency, locale) : '—'}
      </Typography>
    </Box>
  );
};

/** A narrow decimal field of a line: typed as text (no float), a comma read as a point. */
const DecimalInput = ({
  source,
  validate,
  width,
  defaultValue,
}: {
  source: string;
  validate: ReturnType<typeof regex>;
  width: number;
  defaultValue?: string;
}) => (
  <TextInput
    source={source}
    defaultValue={defaultValue}
    parse={parseDecimal}
    validate={validate}
    slotProps={decimalInput}
    helperText={false}
    fullWidth={false}
    sx={{ width, flexShrink: 0 }}
  />
);

/** The lines: a product (optional), name, quantity, prices and an own tax rate (else the document's). */
export const ItemsInput = () => (
  <ArrayInput source="items" label={false}>
    <SimpleFormIterator inline data-testid="items-input">
      <ProductInput />
      <TextInput source="name" helperText={false} fullWidth={false} sx={{ width: 260 }} />
      <DecimalInput source="quantity" validate={quantity} width={90} defaultValue="1" />
      <DecimalInput source="listPrice" validate={money} width={120} />
      <DecimalInput source="unitPrice" validate={money} width={120} />
      <DecimalInput source="taxRate" validate={percent} width={100} />
      <LineAmount />
    </SimpleFormIterator>
  </ArrayInput>
);
