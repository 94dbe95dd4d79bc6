import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { MoneyField } from '../../common/MoneyField';
import { CategoryInput } from '../product-categories/CategoryInput';
import { pricingTypeChoices, productStatusChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={productStatusChoices} />,
  /* the server includes the sub-categories */
  <CategoryInput key="categoryId" source="categoryId" alwaysOn />,
];

export const ProductList = () => (
  <List
    sort={{ field: 'name', order: 'ASC' }}
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
      <DataTable.Col source="name" />
      <DataTable.Col source="partNumber" />
      <DataTable.Col source="categoryId" disableSort>
        <ReferenceField source="categoryId" reference="product-categories" link={false} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={productStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="pricingType">
        <SelectField source="pricingType" choices={pricingTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="listPrice" align="right">
        <MoneyField source="listPrice" />
      </DataTable.Col>
      <DataTable.Col source="unitPrice" align="right">
        <MoneyField source="unitPrice" />
      </DataTable.Col>
    </DataTable>
  </List>
);
