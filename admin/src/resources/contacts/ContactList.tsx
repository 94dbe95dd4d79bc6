import {
  AutocompleteInput,
  DataTable,
  DateField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
} from 'react-admin';
import type { Contact } from '../../types';
import { contactName } from './contactName';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="accountId" source="accountId" reference="accounts">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];

export const ContactList = () => (
  <List sort={{ field: 'lastName', order: 'ASC' }} filters={filters} perPage={25}>
    <DataTable<Contact> rowClick="show">
      <DataTable.Col
        source="lastName"
        label="resources.contacts.fields.name"
        render={contactName}
      />
      <DataTable.Col source="accountId">
        <ReferenceField source="accountId" reference="accounts" link={false} />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="emailAddress" />
      <DataTable.Col source="phoneNumber" />
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
