import { Create, Edit, type RaRecord, SimpleForm } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { UserInputs } from './UserInputs';

/** An empty password on edit means "keep it": never send it. */
const editTransform = (data: Record<string, unknown>, options?: { previousData?: RaRecord }) => {
  const changed = onlyChanged(data, options);
  if (!data.password) delete changed.password;
  return changed;
};

export const UserCreate = () => (
  <Create mutationMode="pessimistic" redirect="list" transform={dropEmpty}>
    <SimpleForm>
      <UserInputs isCreate />
    </SimpleForm>
  </Create>
);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={editTransform}>
    <SimpleForm>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
