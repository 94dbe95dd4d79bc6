import {
  AutocompleteArrayInput,
  BooleanInput,
  email,
  minLength,
  PasswordInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { FormRow } from '../../common/FieldGrid';
import { TeamsInput } from '../../common/UserInputs';
import { LOCALES } from '../../providers/i18nProvider';

const LOCALE_CHOICES = LOCALES.map(({ locale, name }) => ({ id: locale, name }));

/** password is write-only: required on create, optional on edit (empty keeps the current one). */
export const UserInputs = ({ isCreate }: { isCreate?: boolean }) => (
  <>
    <FormRow>
      <TextInput source="name" validate={required()} />
      <TextInput source="emailAddress" type="email" validate={[required(), email()]} />
    </FormRow>
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={isCreate ? [required(), minLength(8)] : minLength(8)}
      helperText={isCreate ? undefined : 'crm.users.password_help'}
    />
    <FormRow>
      <BooleanInput source="isAdmin" />
      <BooleanInput source="isActive" defaultValue={true} />
    </FormRow>
    <FormRow>
      <TextInput source="slackUserId" />
      <SelectInput source="locale" choices={LOCALE_CHOICES} translateChoice={false} />
    </FormRow>
    <FormRow>
      <TeamsInput />
      <ReferenceArrayInput source="rolesIds" reference="roles">
        <AutocompleteArrayInput />
      </ReferenceArrayInput>
    </FormRow>
  </>
);
