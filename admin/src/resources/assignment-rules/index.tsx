import RuleIcon from '@mui/icons-material/Rule';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { assignmentEntityChoices, assignmentMethodChoices } from '../../choices';
import { FormRow } from '../../common/FieldGrid';
import { dropEmpty, onlyChanged } from '../../common/transforms';

const toQuery = (q: string) => ({ q });

const RuleList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit">
      <DataTable.Col source="name" />
      <DataTable.Col source="entityType">
        <SelectField source="entityType" choices={assignmentEntityChoices} />
      </DataTable.Col>
      <DataTable.Col source="method">
        <SelectField source="method" choices={assignmentMethodChoices} />
      </DataTable.Col>
      <DataTable.Col source="assignToUserId" disableSort>
        <ReferenceField source="assignToUserId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="teamId" disableSort>
        <ReferenceField source="teamId" reference="teams" link={false} />
      </DataTable.Col>
      <DataTable.Col source="lastAssignedUserId" disableSort>
        <ReferenceField source="lastAssignedUserId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="isActive">
        <BooleanField source="isActive" />
      </DataTable.Col>
    </DataTable>
  </List>
);

/** Direct → a named user; Round-Robin and Least-Busy pick among a team's active members. */
const TargetInput = () => {
  const method = useWatch({ name: 'method' }) as string | undefined;
  if (method === 'Direct') {
    return (
      <ReferenceInput source="assignToUserId" reference="users" filter={{ isActive: true }}>
        <AutocompleteInput filterToQuery={toQuery} validate={required()} />
      </ReferenceInput>
    );
  }
  if (method === 'Round-Robin' || method === 'Least-Busy') {
    return (
      <ReferenceInput source="teamId" reference="teams">
        <AutocompleteInput filterToQuery={toQuery} validate={required()} />
      </ReferenceInput>
    );
  }
  return null;
};

/** The field the chosen method does not use is cleared, so the server never sees both. */
const keepTarget = (data: Record<string, unknown>) => {
  if (data.method === 'Direct') return { ...data, teamId: null };
  if (data.method) return { ...data, assignToUserId: null };
  return data;
};

const RuleInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <FormRow>
      <SelectInput
        source="entityType"
        choices={assignmentEntityChoices}
        defaultValue="Case"
        validate={required()}
      />
      <SelectInput
        source="method"
        choices={assignmentMethodChoices}
        defaultValue="Round-Robin"
        validate={required()}
      />
      <TargetInput />
    </FormRow>
    <BooleanInput source="isActive" defaultValue={true} helperText="crm.rules.active_help" />
  </>
);

const RuleCreate = () => (
  <Create
    mutationMode="pessimistic"
    redirect="list"
    transform={(data: Record<string, unknown>) => dropEmpty(keepTarget(data))}
  >
    <SimpleForm>
      <RuleInputs />
    </SimpleForm>
  </Create>
);

const RuleEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    transform={(data: Record<string, unknown>, options) => {
      const changed = onlyChanged(
        Object.fromEntries(Object.entries(data).filter(([k]) => k !== 'lastAssignedUserId')),
        options,
      );
      // A method change also clears the other target, even if it was not touched.
      return changed.method ? keepTarget(changed) : changed;
    }}
  >
    <SimpleForm>
      <RuleInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: RuleList,
  create: RuleCreate,
  edit: RuleEdit,
  icon: RuleIcon,
  recordRepresentation: 'name',
};
