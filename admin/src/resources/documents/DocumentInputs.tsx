import { Box, Divider, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { currencyChoices, DEFAULT_CURRENCY } from '../../choices';
import { AddressInputs } from '../../common/AddressInputs';
import { FormRow } from '../../common/FieldGrid';
import { AssignedUserInput, TeamsInput } from '../../common/UserInputs';
import { contactName } from '../contacts/contactName';
import { ItemsInput } from './ItemsInput';
import { type DocumentSpec, statusChoices } from './kinds';
import { LiveTotalsPanel } from './TotalsPanel';

const money = regex(/^\d+(\.\d{1,2})?$/, 'crm.validation.amount');
const percent = regex(/^\d{1,5}(\.\d{1,4})?$/, 'crm.validation.percent');
const parseDecimal = (value: string) => (value === '' ? null : value.replace(',', '.').trim());
const decimalInput = { htmlInput: { inputMode: 'decimal' as const } };
const toQuery = (q: string) => ({ q });

export const StatusInput = ({ spec, choices }: { spec: DocumentSpec; choices?: string[] }) => (
  <SelectInput
    source="status"
    choices={statusChoices(spec).filter((c) => !choices || choices.includes(c.id))}
    defaultValue="Draft"
    validate={required()}
  />
);

const Heading = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mt: 2, mb: 1 }}>
      <Typography variant="subtitle1">{translate(label)}</Typography>
      <Divider />
    </Box>
  );
};

/** A quote's, sales order's or invoice's fields; the totals follow the lines as they change. */
export const DocumentInputs = ({ spec }: { spec: DocumentSpec }) => (
  <>
    <FormRow>
      <TextInput source="name" validate={required()} />
      <StatusInput spec={spec} />
    </FormRow>
    <FormRow>
      <ReferenceInput source="accountId" reference="accounts">
        <AutocompleteInput filterToQuery={toQuery} />
      </ReferenceInput>
      <ReferenceInput source="opportunityId" reference="opportunities">
        <AutocompleteInput filterToQuery={toQuery} />
      </ReferenceInput>
      <ReferenceInput source="billingContactId" reference="contacts">
        <AutocompleteInput
          filterToQuery={toQuery}
          optionText={(c) => contactName(c)}
          inputText={(c) => contactName(c)}
        />
      </ReferenceInput>
    </FormRow>
    {spec.resource === 'invoices' ? (
      <FormRow>
        <DateInput source="dateInvoiced" />
        <DateInput source="dateDue" />
      </FormRow>
    ) : null}
    <FormRow>
      <SelectInput
        source="currency"
        choices={currencyChoices}
        defaultValue={DEFAULT_CURRENCY}
        translateChoice={false}
        validate={required()}
      />
      <TextInput
        source="taxRate"
        defaultValue="0"
        parse={parseDecimal}
        validate={percent}
        slotProps={decimalInput}
      />
      <TextInput
        source="shippingCost"
        defaultValue="0.00"
        parse={parseDecimal}
        validate={money}
        slotProps={decimalInput}
      />
    </FormRow>
    <Heading label="crm.documents.items.title" />
    <ItemsInput />
    <LiveTotalsPanel />
    <Heading label="crm.common.billing_address" />
    <AddressInputs prefix="billingAddress" />
    <Heading label="crm.common.shipping_address" />
    <AddressInputs prefix="shippingAddress" />
    <TextInput source="description" multiline minRows={2} />
    <FormRow>
      <AssignedUserInput />
      <TeamsInput />
    </FormRow>
  </>
);
