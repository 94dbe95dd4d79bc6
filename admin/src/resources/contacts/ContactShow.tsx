import {
  ChipField,
  DateField,
  EditButton,
  FunctionField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SingleFieldList,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { formatAddress } from '../../common/AddressInputs';
import { FieldGrid } from '../../common/FieldGrid';
import { Section, ShowColumns } from '../../common/ShowColumns';
import { Stream } from '../../stream/Stream';
import type { Contact } from '../../types';
import { contactName } from './contactName';

const ContactDetails = () => {
  const translate = useTranslate();
  return (
    <Section title={translate('crm.common.details')}>
      <FieldGrid>
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
      </FieldGrid>
    </Section>
  );
};

export const ContactShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
    component="div"
  >
    <ShowColumns main={<ContactDetails />} aside={<Stream parentType="Contact" />} />
  </Show>
);
