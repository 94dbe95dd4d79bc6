import RoleIcon from '@mui/icons-material/AdminPanelSettings';
import { Create, DataTable, Edit, List, required, SimpleForm, TextInput } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { FieldPermissionsInput } from './FieldPermissionsInput';
import { PermissionMatrixInput } from './PermissionMatrixInput';

const RoleList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit">
      <DataTable.Col source="name" />
    </DataTable>
  </List>
);

const RoleForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <PermissionMatrixInput />
    <FieldPermissionsInput />
  </SimpleForm>
);

const RoleCreate = () => (
  <Create mutationMode="pessimistic" redirect="list" transform={dropEmpty}>
    <RoleForm />
  </Create>
);

const RoleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={onlyChanged}>
    <RoleForm />
  </Edit>
);

export default {
  list: RoleList,
  create: RoleCreate,
  edit: RoleEdit,
  icon: RoleIcon,
  recordRepresentation: 'name',
};
