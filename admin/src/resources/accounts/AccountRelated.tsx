import { DataTable, DateField, FunctionField, ReferenceManyField, useTranslate } from 'react-admin';
import { MoneyField } from '../../common/MoneyField';
import { Section } from '../../common/ShowColumns';
import { useStages } from '../../settings/useStages';
import type { Contact, Opportunity } from '../../types';
import { contactName } from '../contacts/contactName';

/** Contacts linked to this account, as primary or further account (filter {"accountsIds": id}). */
export const AccountContacts = () => {
  const translate = useTranslate();
  return (
    <Section title={translate('resources.contacts.name', { smart_count: 2 })}>
      <ReferenceManyField reference="contacts" target="accountsIds" perPage={25}>
        <DataTable<Contact>
          rowClick="show"
          bulkActionButtons={false}
          data-testid="account-contacts"
        >
          <DataTable.Col
            source="lastName"
            label="resources.contacts.fields.name"
            render={contactName}
          />
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="emailAddress" />
          <DataTable.Col source="phoneNumber" />
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
};

export const AccountOpportunities = () => {
  const translate = useTranslate();
  const { label } = useStages();
  return (
    <Section title={translate('resources.opportunities.name', { smart_count: 2 })}>
      <ReferenceManyField
        reference="opportunities"
        target="accountId"
        perPage={25}
        sort={{ field: 'closeDate', order: 'DESC' }}
      >
        <DataTable<Opportunity> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="stage">
            <FunctionField<Opportunity> render={(o) => label(o.stage)} />
          </DataTable.Col>
          <DataTable.Col source="amount">
            <MoneyField source="amount" />
          </DataTable.Col>
          <DataTable.Col source="closeDate">
            <DateField source="closeDate" options={{ timeZone: 'UTC' }} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
};
