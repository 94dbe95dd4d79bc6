import { Create, Edit, SimpleForm } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { ContactInputs } from './ContactInputs';

export const ContactCreate = () => (
  <Create mutationMode="pessimistic" redirect="show" transform={dropEmpty}>
    <SimpleForm>
      <ContactInputs />
    </SimpleForm>
  </Create>
);

export const ContactEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={onlyChanged}>
    <SimpleForm>
      <ContactInputs />
    </SimpleForm>
  </Edit>
);
