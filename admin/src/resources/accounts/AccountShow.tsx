import { DateField, FunctionField, ReferenceField, SelectField, TextField } from 'react-admin';
import { accountTypeChoices } from '../../choices';
import { formatAddress } from '../../common/AddressInputs';
import { ShowColumns } from '../../common/ShowColumns';
import { DetailsSection, ShowPage } from '../../common/ShowPage';
import { Stream } from '../../stream/Stream';
import type { Account } from '../../types';
import { AccountContacts, AccountOpportunities } from './AccountRelated';

const AccountDetails = () => {
  return (
    <DetailsSection>
      <TextField source="name" />
      <SelectField source="type" choices={accountTypeChoices} />
      <TextField source="industry" />
      <TextField source="website" />
      <TextField source="emailAddress" />
      <TextField source="phoneNumber" />
      <FunctionField<Account>
        source="billingAddressStreet"
        label="crm.common.billing_address"
        render={(a) => formatAddress(a, 'billingAddress')}
      />
      <FunctionField<Account>
        source="shippingAddressStreet"
        label="crm.common.shipping_address"
        render={(a) => formatAddress(a, 'shippingAddress')}
      />
      <ReferenceField source="assignedUserId" reference="users" link={false} />
      <DateField source="createdAt" showTime />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
    </DetailsSection>
  );
};

export const AccountShow = () => (
  <ShowPage>
    <ShowColumns
      main={
        <>
          <AccountDetails />
          <AccountContacts />
          <AccountOpportunities />
        </>
      }
      aside={<Stream parentType="Account" />}
    />
  </ShowPage>
);
