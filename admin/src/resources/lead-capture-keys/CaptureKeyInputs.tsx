import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { LEAD_CAPTURE_FIELDS, leadSourceChoices } from '../../choices';
import { FormRow } from '../../common/FieldGrid';

const fieldChoices = LEAD_CAPTURE_FIELDS.map((f) => ({
  id: f,
  name: `resources.leads.fields.${f}`,
}));

export const CaptureKeyInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <SelectArrayInput source="fields" choices={fieldChoices} validate={required()} />
    <FormRow>
      <SelectInput source="leadSource" choices={leadSourceChoices} defaultValue="Web Site" />
      <ReferenceInput source="teamId" reference="teams">
        <AutocompleteInput />
      </ReferenceInput>
    </FormRow>
    <ArrayInput source="allowedOrigins">
      <SimpleFormIterator disableReordering inline>
        <TextInput source="" label="https://www.example.com" helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <FormRow>
      <BooleanInput source="mergeDuplicates" defaultValue={true} />
      <BooleanInput source="isActive" defaultValue={true} />
    </FormRow>
  </>
);
