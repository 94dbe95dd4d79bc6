import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateField,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { MoneyField } from '../../common/MoneyField';
import { statusChoices, useDocumentSpec } from './kinds';

export const DocumentList = () => {
  const spec = useDocumentSpec();
  const choices = statusChoices(spec);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={choices} alwaysOn />,
    <ReferenceInput key="accountId" source="accountId" reference="accounts">
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>,
  ];
  return (
    <List
      sort={{ field: 'createdAt', order: 'DESC' }}
      filters={filters}
      perPage={25}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton />
          <ExportButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show">
        <DataTable.Col source="number" />
        <DataTable.Col source="name" />
        <DataTable.Col source="status">
          <SelectField source="status" choices={choices} />
        </DataTable.Col>
        <DataTable.Col source="accountId" disableSort>
          <ReferenceField source="accountId" reference="accounts" link={false} />
        </DataTable.Col>
        {spec.resource === 'invoices' ? (
          <DataTable.Col source="dateDue">
            <DateField source="dateDue" options={{ timeZone: 'UTC' }} />
          </DataTable.Col>
        ) : null}
        <DataTable.Col source="grandTotalAmount" align="right">
          <MoneyField source="grandTotalAmount" />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <DateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
