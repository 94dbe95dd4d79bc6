import { AutocompleteInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { casePriorityChoices, caseStatusChoices, caseTypeChoices } from '../../choices';
import { CheckboxInput } from '../../common/CheckboxInput';
import { FormRow } from '../../common/FieldGrid';
import { AssignedUserInput, TeamsInput } from '../../common/UserInputs';
import { contactName } from '../contacts/contactName';

const toQuery = (q: string) => ({ q });

/** The chosen account's contacts are offered first: the picker is filtered by accountId. */
const ContactInput = () => {
  const accountId = useWatch({ name: 'accountId' }) as string | null | undefined;
  return (
    <ReferenceInput source="contactId" reference="contacts" filter={accountId ? { accountId } : {}}>
      <AutocompleteInput optionText={contactName} filterToQuery={toQuery} />
    </ReferenceInput>
  );
};

export const CaseInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <FormRow>
      <SelectInput source="status" choices={caseStatusChoices} defaultValue="New" />
      <SelectInput source="priority" choices={casePriorityChoices} defaultValue="Normal" />
      <SelectInput source="type" choices={caseTypeChoices} />
    </FormRow>
    <FormRow>
      <ReferenceInput source="accountId" reference="accounts">
        <AutocompleteInput filterToQuery={toQuery} />
      </ReferenceInput>
      <ContactInput />
    </FormRow>
    <TextInput source="description" multiline minRows={4} />
    <FormRow>
      <AssignedUserInput />
      <TeamsInput />
    </FormRow>
    <CheckboxInput source="isInternal" label="resources.cases.fields.isInternal" />
  </>
);
