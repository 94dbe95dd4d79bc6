import { Create, SimpleForm } from 'react-admin';
import { dropEmpty } from '../../common/transforms';
import { LeadInputs, validateLead } from './LeadInputs';

export const LeadCreate = () => (
  <Create mutationMode="pessimistic" redirect="show" transform={dropEmpty}>
    <SimpleForm validate={validateLead}>
      <LeadInputs />
    </SimpleForm>
  </Create>
);
