import {
  DateField,
  EditButton,
  FunctionField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { leadSourceChoices } from '../../choices';
import { FieldGrid } from '../../common/FieldGrid';
import { MoneyField } from '../../common/MoneyField';
import { Section, ShowColumns } from '../../common/ShowColumns';
import { useStages } from '../../settings/useStages';
import { Stream } from '../../stream/Stream';
import type { Opportunity } from '../../types';
import { contactName } from '../contacts/contactName';
import { ConvertToButton } from '../documents/DocumentActions';

const OpportunityDetails = () => {
  const translate = useTranslate();
  const deal = useRecordContext<Opportunity>();
  const { label, probabilityOf } = useStages();
  const lost = deal ? probabilityOf(deal.stage) === 0 : false;
  return (
    <Section title={translate('crm.common.details')}>
      <FieldGrid>
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
      </FieldGrid>
    </Section>
  );
};

export const OpportunityShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ConvertToButton to="quotes" label="crm.documents.create_quote" />
        <EditButton />
      </TopToolbar>
    }
    component="div"
  >
    <ShowColumns main={<OpportunityDetails />} aside={<Stream parentType="Opportunity" />} />
  </Show>
);
