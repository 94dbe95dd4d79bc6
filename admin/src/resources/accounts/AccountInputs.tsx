import { Typography } from '@mui/material';
import { required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { accountTypeChoices } from '../../choices';
import { AddressInputs } from '../../common/AddressInputs';
import { FormRow } from '../../common/FieldGrid';
import { AssignedUserInput, TeamsInput } from '../../common/UserInputs';

export const AccountInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <FormRow>
        <TextInput source="name" validate={required()} />
        <SelectInput source="type" choices={accountTypeChoices} />
        <TextInput source="industry" />
      </FormRow>
      <FormRow>
        <TextInput source="emailAddress" type="email" />
        <TextInput source="phoneNumber" type="tel" />
        <TextInput source="website" />
      </FormRow>
      <Typography variant="subtitle2">{translate('crm.common.billing_address')}</Typography>
      <AddressInputs prefix="billingAddress" />
      <Typography variant="subtitle2">{translate('crm.common.shipping_address')}</Typography>
      <AddressInputs prefix="shippingAddress" />
      <TextInput source="description" multiline minRows={3} />
      <FormRow>
        <AssignedUserInput />
        <TeamsInput />
      </FormRow>
    </>
  );
};
