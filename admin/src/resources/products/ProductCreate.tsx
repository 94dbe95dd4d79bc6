import { Create, Edit, SimpleForm } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { ProductInputs } from './ProductInputs';

export const ProductCreate = () => (
  <Create mutationMode="pessimistic" redirect="show" transform={dropEmpty}>
    <SimpleForm>
      <ProductInputs />
    </SimpleForm>
  </Create>
);

export const ProductEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={onlyChanged}>
    <SimpleForm>
      <ProductInputs />
    </SimpleForm>
  </Edit>
);
