import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { salutationChoices } from '../../choices';
import { AddressInputs } from '../../common/AddressInputs';
import { FormRow } from '../../common/FieldGrid';
import { AssignedUserInput, TeamsInput } from '../../common/UserInputs';

const toQuery = (q: string) => ({ q });

/** accountsIds: every linked account, the primary one included. */
export const ContactInputs = () => (
  <>
    <FormRow>
      <SelectInput source="salutationName" choices={salutationChoices} sx={{ minWidth: 120 }} />
      <TextInput source="firstName" />
      <TextInput source="lastName" validate={required()} />
    </FormRow>
    <FormRow>
      <ReferenceInput source="accountId" reference="accounts">
        <AutocompleteInput filterToQuery={toQuery} />
      </ReferenceInput>
      <TextInput source="title" />
    </FormRow>
    <ReferenceArrayInput source="accountsIds" reference="accounts">
      <AutocompleteArrayInput filterToQuery={toQuery} />
    </ReferenceArrayInput>
    <FormRow>
      <TextInput source="emailAddress" type="email" />
      <TextInput source="phoneNumber" type="tel" />
    </FormRow>
    <AddressInputs prefix="address" />
    <TextInput source="description" multiline minRows={3} />
    <FormRow>
      <AssignedUserInput />
      <TeamsInput />
    </FormRow>
  </>
);
