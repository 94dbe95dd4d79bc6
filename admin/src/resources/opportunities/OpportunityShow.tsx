import {
  DateField,
  FunctionField,
  NumberField,
  ReferenceField,
  SelectField,
  TextField,
  useRecordContext,
} from 'react-admin';
import { leadSourceChoices } from '../../choices';
import { MoneyField } from '../../common/MoneyField';
import { ShowColumns } from '../../common/ShowColumns';
import { DetailsSection, ShowPage } from '../../common/ShowPage';
import { useStages } from '../../settings/useStages';
import { Stream } from '../../stream/Stream';
import type { Opportunity } from '../../types';
import { contactName } from '../contacts/contactName';
import { ConvertToButton } from '../documents/DocumentActions';

const OpportunityDetails = () => {
  const deal = useRecordContext<Opportunity>();
  const { label, probabilityOf } = useStages();
  const lost = deal ? probabilityOf(deal.stage) === 0 : false;
  return (
    <DetailsSection>
      <TextField source="number" />
      <TextField source="name" />
      <MoneyField source="amount" />
      <FunctionField<Opportunity> source="stage" render={(o) => label(o.stage)} />
      {lost ? (
        <FunctionField<Opportunity> source="lastStage" render={(o) => label(o.lastStage)} />
      ) : null}
      <NumberField source="probability" />
      <DateField source="closeDate" options={{ timeZone: 'UTC' }} />
      <ReferenceField source="accountId" reference="accounts" link="show" />
      <ReferenceField source="contactId" reference="contacts" link="show">
        <FunctionField render={contactName} />
      </ReferenceField>
      <SelectField source="leadSource" choices={leadSourceChoices} />
      <ReferenceField source="assignedUserId" reference="users" link={false} />
      <DateField source="createdAt" showTime />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
    </DetailsSection>
  );
};

export const OpportunityShow = () => (
  <ShowPage actions={<ConvertToButton to="quotes" label="crm.documents.create_quote" />}>
    <ShowColumns main={<OpportunityDetails />} aside={<Stream parentType="Opportunity" />} />
  </ShowPage>
);
