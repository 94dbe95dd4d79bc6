import TeamIcon from '@mui/icons-material/Groups';
import {
  AutocompleteArrayInput,
  Create,
  DataTable,
  Edit,
  FunctionField,
  List,
  ReferenceArrayInput,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';

const TeamInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <ReferenceArrayInput source="usersIds" reference="users">
      <AutocompleteArrayInput filterToQuery={(q: string) => ({ q })} />
    </ReferenceArrayInput>
  </>
);

const TeamList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit">
      <DataTable.Col source="name" />
      <DataTable.Col source="usersIds" disableSort>
        <FunctionField render={(team) => (team.usersIds as string[] | undefined)?.length ?? 0} />
      </DataTable.Col>
    </DataTable>
  </List>
);

const TeamCreate = () => (
  <Create mutationMode="pessimistic" redirect="list" transform={dropEmpty}>
    <SimpleForm>
      <TeamInputs />
    </SimpleForm>
  </Create>
);

const TeamEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={onlyChanged}>
    <SimpleForm>
      <TeamInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: TeamList,
  create: TeamCreate,
  edit: TeamEdit,
  icon: TeamIcon,
  recordRepresentation: 'name',
};
