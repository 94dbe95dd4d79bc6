import ArticleIcon from '@mui/icons-material/MenuBook';
import {
  Create,
  CreateButton,
  DataTable,
  DateField,
  DateInput,
  Edit,
  FilterButton,
  List,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { kbStatusChoices } from '../../choices';
import { FormRow } from '../../common/FieldGrid';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { CategoryInput } from '../product-categories/CategoryInput';
import { KbCategoriesInput } from './KbCategoriesInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={kbStatusChoices} alwaysOn />,
  <CategoryInput key="categoryId" source="categoryId" reference="kb-categories" alwaysOn />,
];

const ArticleList = () => (
  <List
    sort={{ field: 'modifiedAt', order: 'DESC' }}
    filters={filters}
    actions={
      <TopToolbar>
        <FilterButton />
        <CreateButton />
      </TopToolbar>
    }
    perPage={25}
  >
    <DataTable rowClick="edit">
      <DataTable.Col source="name" />
      <DataTable.Col source="status">
        <SelectField source="status" choices={kbStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="publishDate">
        <DateField source="publishDate" options={{ timeZone: 'UTC' }} />
      </DataTable.Col>
      <DataTable.Col source="expirationDate">
        <DateField source="expirationDate" options={{ timeZone: 'UTC' }} />
      </DataTable.Col>
      <DataTable.Col source="modifiedAt">
        <DateField source="modifiedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </List>
);

/** Dates are plain days; an empty input clears them rather than sending "". */
const emptyToNull = (value: string) => value || null;

/** The body is plain text (agents paste it into replies and Slack). */
const ArticleInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <FormRow>
      <SelectInput source="status" choices={kbStatusChoices} defaultValue="Draft" />
      <DateInput source="publishDate" parse={emptyToNull} />
      <DateInput source="expirationDate" parse={emptyToNull} helperText="crm.kb.expiration_help" />
    </FormRow>
    <KbCategoriesInput />
    <TextInput source="body" multiline minRows={12} fullWidth />
  </>
);

const ArticleCreate = () => (
  <Create mutationMode="pessimistic" redirect="list" transform={dropEmpty}>
    <SimpleForm>
      <ArticleInputs />
    </SimpleForm>
  </Create>
);

const ArticleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={onlyChanged}>
    <SimpleForm>
      <ArticleInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: ArticleList,
  create: ArticleCreate,
  edit: ArticleEdit,
  icon: ArticleIcon,
  recordRepresentation: 'name',
};
