import { Create, Edit, SimpleForm } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { CaseInputs } from './CaseInputs';

export const CaseCreate = () => (
  <Create mutationMode="pessimistic" redirect="show" transform={dropEmpty}>
    <SimpleForm>
      <CaseInputs />
    </SimpleForm>
  </Create>
);

export const CaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={onlyChanged}>
    <SimpleForm>
      <CaseInputs />
    </SimpleForm>
  </Edit>
);
