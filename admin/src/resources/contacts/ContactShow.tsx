import {
  ChipField,
  DateField,
  FunctionField,
  ReferenceArrayField,
  ReferenceField,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { formatAddress } from '../../common/AddressInputs';
import { ShowColumns } from '../../common/ShowColumns';
import { DetailsSection, ShowPage } from '../../common/ShowPage';
import { Stream } from '../../stream/Stream';
import type { Contact } from '../../types';
import { contactName } from './contactName';

const ContactDetails = () => {
  return (
    <DetailsSection>
      <FunctionField<Contact> source="name" render={contactName} />
      <TextField source="title" />
      <ReferenceField source="accountId" reference="accounts" link="show" />
      <ReferenceArrayField source="accountsIds" reference="accounts">
        <SingleFieldList linkType="show">
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <TextField source="emailAddress" />
      <TextField source="phoneNumber" />
      <FunctionField<Contact>
        source="addressStreet"
        label="crm.common.address"
        render={(c) => formatAddress(c, 'address')}
      />
      <ReferenceField source="assignedUserId" reference="users" link={false} />
      <DateField source="createdAt" showTime />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
    </DetailsSection>
  );
};

export const ContactShow = () => (
  <ShowPage>
    <ShowColumns main={<ContactDetails />} aside={<Stream parentType="Contact" />} />
  </ShowPage>
);
