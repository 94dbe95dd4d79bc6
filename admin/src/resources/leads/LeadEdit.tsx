import { Edit, SimpleForm } from 'react-admin';
import { onlyChanged } from '../../common/transforms';
import { LeadInputs, validateLead } from './LeadInputs';

export const LeadEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={onlyChanged}>
    <SimpleForm validate={validateLead}>
      <LeadInputs />
    </SimpleForm>
  </Edit>
);
