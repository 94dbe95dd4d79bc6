import {
  AutocompleteInput,
  DateInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { leadSourceChoices } from '../../choices';
import { FormRow } from '../../common/FieldGrid';
import { MoneyInput } from '../../common/MoneyInput';
import { AssignedUserInput, TeamsInput } from '../../common/UserInputs';
import { useStages } from '../../settings/useStages';
import { contactName } from '../contacts/contactName';

const toQuery = (q: string) => ({ q });

/** Contacts of the chosen account first: the picker is filtered by accountId. */
const ContactInput = () => {
  const accountId = useWatch({ name: 'accountId' }) as string | null | undefined;
  return (
    <ReferenceInput source="contactId" reference="contacts" filter={accountId ? { accountId } : {}}>
      <AutocompleteInput optionText={contactName} filterToQuery={toQuery} />
    </ReferenceInput>
  );
};

export const OpportunityInputs = () => {
  const { choices, stages } = useStages();
  return (
    <>
      <TextInput source="name" validate={required()} />
      <MoneyInput source="amount" currencySource="currency" isRequired />
      <FormRow>
        <ReferenceInput source="accountId" reference="accounts">
          <AutocompleteInput filterToQuery={toQuery} />
        </ReferenceInput>
        <ContactInput />
      </FormRow>
      <FormRow>
        <SelectInput
          source="stage"
          choices={choices}
          translateChoice={false}
          validate={required()}
          defaultValue={stages[0]?.name}
        />
        <NumberInput
          source="probability"
          min={0}
          max={100}
          validate={[minValue(0), maxValue(100)]}
        />
        <DateInput source="closeDate" validate={required()} />
      </FormRow>
      <SelectInput source="leadSource" choices={leadSourceChoices} />
      <TextInput source="description" multiline minRows={3} />
      <FormRow>
        <AssignedUserInput />
        <TeamsInput />
      </FormRow>
    </>
  );
};
