import { SelectInput, TextInput } from 'react-admin';
import { leadSourceChoices, leadStatusChoices, salutationChoices } from '../../choices';
import { AddressInputs } from '../../common/AddressInputs';
import { FormRow } from '../../common/FieldGrid';
import { MoneyInput } from '../../common/MoneyInput';
import { AssignedUserInput, TeamsInput } from '../../common/UserInputs';

/** A lead needs a name, or else a company, an e-mail or a phone number. */
export const validateLead = (values: Record<string, unknown>) =>
  values.firstName ||
  values.lastName ||
  values.accountName ||
  values.emailAddress ||
  values.phoneNumber
    ? {}
    : { lastName: 'crm.validation.lead_identity' };

export const LeadInputs = () => (
  <>
    <FormRow>
      <SelectInput source="salutationName" choices={salutationChoices} sx={{ minWidth: 120 }} />
      <TextInput source="firstName" />
      <TextInput source="lastName" />
    </FormRow>
    <FormRow>
      <TextInput source="title" />
      <TextInput source="accountName" />
    </FormRow>
    <FormRow>
      <TextInput source="emailAddress" type="email" />
      <TextInput source="phoneNumber" type="tel" />
      <TextInput source="website" />
    </FormRow>
    <AddressInputs prefix="address" />
    <FormRow>
      <SelectInput source="status" choices={leadStatusChoices} defaultValue="New" />
      <SelectInput source="source" choices={leadSourceChoices} />
      <TextInput source="industry" />
    </FormRow>
    <MoneyInput source="opportunityAmount" currencySource="opportunityAmountCurrency" />
    <TextInput source="description" multiline minRows={3} />
    <FormRow>
      <AssignedUserInput />
      <TeamsInput />
    </FormRow>
  </>
);
