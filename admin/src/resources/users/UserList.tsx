import { BooleanField, DataTable, DateField, List, SearchInput } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const UserList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} filters={filters} perPage={25}>
    <DataTable rowClick="edit">
      <DataTable.Col source="name" />
      <DataTable.Col source="emailAddress" />
      <DataTable.Col source="isAdmin">
        <BooleanField source="isAdmin" />
      </DataTable.Col>
      <DataTable.Col source="isActive">
        <BooleanField source="isActive" />
      </DataTable.Col>
      <DataTable.Col source="slackUserId" />
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
