import {
  DateField,
  EditButton,
  FunctionField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { accountTypeChoices } from '../../choices';
import { formatAddress } from '../../common/AddressInputs';
import { FieldGrid } from '../../common/FieldGrid';
import { Section, ShowColumns } from '../../common/ShowColumns';
import { Stream } from '../../stream/Stream';
import type { Account } from '../../types';
import { AccountContacts, AccountOpportunities } from './AccountRelated';

const AccountDetails = () => {
  const translate = useTranslate();
  return (
    <Section title={translate('crm.common.details')}>
      <FieldGrid>
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
      </FieldGrid>
    </Section>
  );
};

export const AccountShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    component="div"
  >
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
  </Show>
);
