import KeyIcon from '@mui/icons-material/VpnKey';
import {
  BooleanField,
  Create,
  DataTable,
  DateField,
  Edit,
  List,
  SelectField,
  SimpleForm,
} from 'react-admin';
import { leadSourceChoices } from '../../choices';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { ApiKeyPanel } from './ApiKeyPanel';
import { CaptureKeyInputs } from './CaptureKeyInputs';

const CaptureKeyList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit">
      <DataTable.Col source="name" />
      <DataTable.Col source="leadSource">
        <SelectField source="leadSource" choices={leadSourceChoices} />
      </DataTable.Col>
      <DataTable.Col source="isActive">
        <BooleanField source="isActive" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <DateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);

/** After creation, go to the edit page where the generated key and snippets are shown. */
const CaptureKeyCreate = () => (
  <Create mutationMode="pessimistic" redirect="edit" transform={dropEmpty}>
    <SimpleForm>
      <CaptureKeyInputs />
    </SimpleForm>
  </Create>
);

const CaptureKeyEdit = () => (
  <Edit mutationMode="pessimistic" transform={onlyChanged} aside={<ApiKeyPanel />} redirect={false}>
    <SimpleForm>
      <CaptureKeyInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: CaptureKeyList,
  create: CaptureKeyCreate,
  edit: CaptureKeyEdit,
  icon: KeyIcon,
  recordRepresentation: 'name',
};
