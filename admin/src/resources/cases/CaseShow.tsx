import {
  BooleanField,
  DateField,
  FunctionField,
  ReferenceField,
  SelectField,
  TextField,
  useCanAccess,
} from 'react-admin';
import { casePriorityChoices, caseTypeChoices } from '../../choices';
import { ShowColumns } from '../../common/ShowColumns';
import { DetailsSection, ShowPage } from '../../common/ShowPage';
import { Stream } from '../../stream/Stream';
import { contactName } from '../contacts/contactName';
import { CaseArticles } from './CaseArticles';
import { CaseReplyBox } from './CaseReplyBox';
import { CaseStatusButtons } from './CaseStatusButtons';
import { CaseStatusChip } from './CaseStatusChip';

/** Customers' e-mails arrive while an agent has the case open: the stream re-reads itself. */
const STREAM_POLL_MS = 30_000;

const CaseDetails = () => {
  // Mailboxes are admin settings; others would only see a failed reference.
  const { canAccess: canSeeMailboxes } = useCanAccess({
    resource: 'email-accounts',
    action: 'show',
  });
  return (
    <DetailsSection>
      <TextField source="number" />
      <TextField source="name" />
      <CaseStatusChip source="status" />
      <SelectField source="priority" choices={casePriorityChoices} />
      <SelectField source="type" choices={caseTypeChoices} />
      <ReferenceField source="accountId" reference="accounts" link="show" />
      <ReferenceField source="contactId" reference="contacts" link="show">
        <FunctionField render={contactName} />
      </ReferenceField>
      <ReferenceField source="assignedUserId" reference="users" link={false} />
      {canSeeMailboxes ? (
        <ReferenceField source="inboundEmailAccountId" reference="email-accounts" link="edit" />
      ) : null}
      <BooleanField source="isInternal" />
      <DateField source="createdAt" showTime />
      <DateField source="streamUpdatedAt" showTime />
      <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
    </DetailsSection>
  );
};

export const CaseShow = () => (
  <ShowPage actions={<CaseStatusButtons />}>
    <ShowColumns
      main={
        <>
          <CaseDetails />
          <CaseArticles />
        </>
      }
      aside={<Stream parentType="Case" form={<CaseReplyBox />} pollMs={STREAM_POLL_MS} />}
    />
  </ShowPage>
);
