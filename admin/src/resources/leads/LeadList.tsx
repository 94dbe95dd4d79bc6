import { DataTable, DateField, List, ReferenceField, SelectField } from 'react-admin';
import { leadStatusChoices } from '../../choices';
import { ListActions } from '../../common/ListActions';
import type { Lead } from '../../types';
import { leadFilters } from './leadFilters';
import { leadName } from './leadName';

export const LeadList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={leadFilters}
    actions={<ListActions />}
    perPage={25}
  >
    <DataTable<Lead> rowClick="show">
      <DataTable.Col source="number" />
      <DataTable.Col source="lastName" label="resources.leads.fields.name" render={leadName} />
      <DataTable.Col source="accountName" />
      <DataTable.Col source="emailAddress" />
      <DataTable.Col source="status">
        <SelectField source="status" choices={leadStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="assignedUserId">
        <ReferenceField source="assignedUserId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
