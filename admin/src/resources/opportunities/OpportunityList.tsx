import {
  DataTable,
  DateField,
  FunctionField,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { MoneyField } from '../../common/MoneyField';
import { useStages } from '../../settings/useStages';
import type { Opportunity } from '../../types';
import { ViewToggle } from './ViewToggle';

export const OpportunityList = () => {
  const { choices, label } = useStages();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="stage" source="stage" choices={choices} translateChoice={false} />,
  ];
  return (
    <List
      sort={{ field: 'closeDate', order: 'DESC' }}
      filters={filters}
      actions={
        <ListActions>
          <ViewToggle to="board" />
        </ListActions>
      }
      perPage={25}
    >
      <DataTable<Opportunity> rowClick="show">
        <DataTable.Col source="number" disableSort />
        <DataTable.Col source="name" />
        <DataTable.Col source="accountId">
          <ReferenceField source="accountId" reference="accounts" link={false} />
        </DataTable.Col>
        <DataTable.Col source="stage">
          <FunctionField<Opportunity> render={(o) => label(o.stage)} />
        </DataTable.Col>
        <DataTable.Col source="amount" align="right">
          <MoneyField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="probability" align="right" />
        <DataTable.Col source="closeDate">
          <DateField source="closeDate" options={{ timeZone: 'UTC' }} />
        </DataTable.Col>
        <DataTable.Col source="assignedUserId">
          <ReferenceField source="assignedUserId" reference="users" link={false} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
