import {
  DateField,
  EditButton,
  FunctionField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { leadSourceChoices, leadStatusChoices } from '../../choices';
import { formatAddress } from '../../common/AddressInputs';
import { FieldGrid } from '../../common/FieldGrid';
import { MoneyField } from '../../common/MoneyField';
import { Section, ShowColumns } from '../../common/ShowColumns';
import { Stream } from '../../stream/Stream';
import type { Lead } from '../../types';
import { ConvertedRecords } from './ConvertedRecords';
import { ConvertButton } from './convert/ConvertButton';
import { leadName } from './leadName';

const Actions = () => (
  <TopToolbar>
    <ConvertButton />
    <EditButton />
  </TopToolbar>
);

const LeadDetails = () => {
  const translate = useTranslate();
  return (
    <Section title={translate('crm.common.details')}>
      <FieldGrid wide={['description', 'address']}>
        <TextField source="number" />
        <FunctionField<Lead> source="name" render={leadName} />
        <TextField source="title" />
        <TextField source="accountName" />
        <TextField source="emailAddress" />
        <TextField source="phoneNumber" />
        <TextField source="website" />
        <TextField source="industry" />
        <SelectField source="status" choices={leadStatusChoices} />
        <SelectField source="source" choices={leadSourceChoices} />
        <MoneyField source="opportunityAmount" currencySource="opportunityAmountCurrency" />
        <ReferenceField source="assignedUserId" reference="users" link={false} />
        <FunctionField<Lead>
          source="address"
          label="crm.common.address"
          render={(lead) => formatAddress(lead, 'address')}
        />
        <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        <DateField source="createdAt" showTime />
        <DateField source="convertedAt" showTime />
      </FieldGrid>
    </Section>
  );
};

export const LeadShow = () => (
  <Show actions={<Actions />} component="div">
    <ShowColumns
      main={
        <>
          <LeadDetails />
          <ConvertedRecords />
        </>
      }
      aside={<Stream parentType="Lead" />}
    />
  </Show>
);
