import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { FieldGrid } from '../../common/FieldGrid';
import { Section } from '../../common/ShowColumns';
import type { Lead } from '../../types';

/** Links to the account, contact and deal the lead was converted into. */
export const ConvertedRecords = () => {
  const lead = useRecordContext<Lead>();
  const translate = useTranslate();
  if (!lead?.createdAccountId && !lead?.createdContactId && !lead?.createdOpportunityId) {
    return null;
  }
  return (
    <div data-testid="converted-records">
      <Section title={translate('crm.convert.converted_title')}>
        <FieldGrid>
          {lead.createdAccountId ? (
            <ReferenceField source="createdAccountId" reference="accounts" link="show" />
          ) : null}
          {lead.createdContactId ? (
            <ReferenceField source="createdContactId" reference="contacts" link="show" />
          ) : null}
          {lead.createdOpportunityId ? (
            <ReferenceField source="createdOpportunityId" reference="opportunities" link="show" />
          ) : null}
        </FieldGrid>
      </Section>
    </div>
  );
};
