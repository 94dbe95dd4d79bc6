import {
  DataTable,
  DateField,
  FunctionField,
  List,
  ReferenceField,
  SelectField,
} from 'react-admin';
import { casePriorityChoices } from '../../choices';
import { ListActions } from '../../common/ListActions';
import type { Case } from '../../types';
import { contactName } from '../contacts/contactName';
import { CaseStatusChip } from './CaseStatusChip';
import { caseFilters } from './caseFilters';

/** Open cases by last activity (a customer's e-mail or a note moves a case to the top). */
export const CaseList = () => (
  <List
    sort={{ field: 'streamUpdatedAt', order: 'DESC' }}
    filters={caseFilters}
    filterDefaultValues={{ open: true }}
    actions={<ListActions />}
    perPage={25}
  >
    <DataTable<Case> rowClick="show">
      <DataTable.Col source="number" />
      <DataTable.Col source="name" />
      <DataTable.Col source="status">
        <CaseStatusChip />
      </DataTable.Col>
      <DataTable.Col source="priority">
        <SelectField source="priority" choices={casePriorityChoices} />
      </DataTable.Col>
      <DataTable.Col source="contactId" disableSort>
        <ReferenceField source="contactId" reference="contacts" link={false}>
          <FunctionField render={contactName} />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="assignedUserId">
        <ReferenceField source="assignedUserId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="streamUpdatedAt">
        <DateField source="streamUpdatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);
