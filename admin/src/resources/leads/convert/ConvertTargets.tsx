import { Box, Divider } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CheckboxInput } from '../../../common/CheckboxInput';
import { FormRow } from '../../../common/FieldGrid';
import { MoneyInput } from '../../../common/MoneyInput';
import { useStages } from '../../../settings/useStages';
import type { TargetKey } from './convertValues';

const modeChoices = [
  { id: 'create', name: 'crm.convert.create_new' },
  { id: 'link', name: 'crm.convert.link_existing' },
];

const toQuery = (q: string) => ({ q });
const contactName = (c: { firstName?: string | null; lastName?: string | null }) =>
  [c.firstName, c.lastName].filter(Boolean).join(' ');

interface TargetProps {
  target: TargetKey;
  linkInput?: ReactNode;
  children: ReactNode;
}

/** A checkbox; when checked, either "create new" fields or a picker for an existing record. */
const Target = ({ target, linkInput, children }: TargetProps) => {
  const enabled = useWatch({ name: `${target}.enabled` }) as boolean;
  const mode = useWatch({ name: `${target}.mode` }) as string | undefined;
  return (
    <Box data-testid={`convert-${target}`} sx={{ mb: 1 }}>
      <CheckboxInput source={`${target}.enabled`} label={`crm.convert.${target}`} />
      {enabled ? (
        <Box sx={{ pl: 4 }}>
          {linkInput ? (
            <RadioButtonGroupInput
              source={`${target}.mode`}
              choices={modeChoices}
              label={false}
              row
              helperText={false}
            />
          ) : null}
          {linkInput && mode === 'link' ? linkInput : children}
        </Box>
      ) : null}
      <Divider />
    </Box>
  );
};

export const AccountTarget = () => (
  <Target
    target="account"
    linkInput={
      <ReferenceInput source="account.id" reference="accounts">
        <AutocompleteInput
          label="crm.convert.existing_account"
          filterToQuery={toQuery}
          validate={required()}
        />
      </ReferenceInput>
    }
  >
    <FormRow>
      <TextInput
        source="account.name"
        label="resources.accounts.fields.name"
        validate={required()}
      />
      <TextInput source="account.website" label="resources.accounts.fields.website" />
    </FormRow>
    <FormRow>
      <TextInput source="account.emailAddress" label="resources.accounts.fields.emailAddress" />
      <TextInput source="account.phoneNumber" label="resources.accounts.fields.phoneNumber" />
    </FormRow>
  </Target>
);

export const ContactTarget = () => (
  <Target
    target="contact"
    linkInput={
      <ReferenceInput source="contact.id" reference="contacts">
        <AutocompleteInput
          label="crm.convert.existing_contact"
          optionText={contactName}
          filterToQuery={toQuery}
          validate={required()}
        />
      </ReferenceInput>
    }
  >
    <FormRow>
      <TextInput source="contact.firstName" label="resources.contacts.fields.firstName" />
      <TextInput
        source="contact.lastName"
        label="resources.contacts.fields.lastName"
        validate={required()}
      />
      <TextInput source="contact.title" label="resources.leads.fields.title" />
    </FormRow>
    <FormRow>
      <TextInput source="contact.emailAddress" label="resources.contacts.fields.emailAddress" />
      <TextInput source="contact.phoneNumber" label="resources.contacts.fields.phoneNumber" />
    </FormRow>
  </Target>
);

export const OpportunityTarget = () => {
  const { choices } = useStages();
  return (
    <Target target="opportunity">
      <TextInput
        source="opportunity.name"
        label="resources.opportunities.fields.name"
        validate={required()}
      />
      <MoneyInput
        source="opportunity.amount"
        currencySource="opportunity.currency"
        label="resources.opportunities.fields.amount"
        currencyLabel="resources.opportunities.fields.currency"
        isRequired
      />
      <FormRow>
        <DateInput
          source="opportunity.closeDate"
          label="resources.opportunities.fields.closeDate"
          validate={required()}
        />
        <SelectInput
          source="opportunity.stage"
          label="resources.opportunities.fields.stage"
          choices={choices}
          translateChoice={false}
          validate={required()}
        />
      </FormRow>
    </Target>
  );
};
