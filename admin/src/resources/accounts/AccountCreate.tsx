import { Create, Edit, SimpleForm } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { AccountInputs } from './AccountInputs';

export const AccountCreate = () => (
  <Create mutationMode="pessimistic" redirect="show" transform={dropEmpty}>
    <SimpleForm>
      <AccountInputs />
    </SimpleForm>
  </Create>
);

export const AccountEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={onlyChanged}>
    <SimpleForm>
      <AccountInputs />
    </SimpleForm>
  </Edit>
);
