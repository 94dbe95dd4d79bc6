import { Create, Edit, SimpleForm } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import { OpportunityInputs } from './OpportunityInputs';

export const OpportunityCreate = () => (
  <Create mutationMode="pessimistic" redirect="show" transform={dropEmpty}>
    <SimpleForm>
      <OpportunityInputs />
    </SimpleForm>
  </Create>
);

/** Only changed fields are sent: an untouched probability keeps following the stage. */
export const OpportunityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={onlyChanged}>
    <SimpleForm>
      <OpportunityInputs />
    </SimpleForm>
  </Edit>
);
