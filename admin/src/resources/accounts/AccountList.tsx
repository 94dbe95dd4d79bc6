import {
  DataTable,
  DateField,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { accountTypeChoices } from '../../choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={accountTypeChoices} />,
];

export const AccountList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} filters={filters} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="type">
        <SelectField source="type" choices={accountTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="industry" />
      <DataTable.Col source="emailAddress" />
      <DataTable.Col source="phoneNumber" />
      <DataTable.Col source="assignedUserId">
        <ReferenceField source="assignedUserId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
