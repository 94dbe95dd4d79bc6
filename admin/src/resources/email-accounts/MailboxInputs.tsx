import { Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import {
  assignmentMethodChoices,
  mailboxSecurityChoices,
  mailboxStatusChoices,
} from '../../choices';
import { FormRow } from '../../common/FieldGrid';
import type { EmailAccount } from '../../types';

const toQuery = (q: string) => ({ q });

/** Direct → a user; Round-Robin / Least-Busy → a team (domain.md "Assignment rules"). */
const DistributionInputs = () => {
  const createCase = useWatch({ name: 'createCase' }) as boolean | undefined;
  const method = useWatch({ name: 'caseDistribution' }) as string | null | undefined;
  if (!createCase) return null;
  return (
    <FormRow>
      <SelectInput
        source="caseDistribution"
        choices={assignmentMethodChoices}
        emptyText="crm.mailboxes.no_distribution"
        parse={(value: string) => value || null}
      />
      {method === 'Direct' ? (
        <ReferenceInput source="assignToUserId" reference="users" filter={{ isActive: true }}>
          <AutocompleteInput filterToQuery={toQuery} validate={required()} />
        </ReferenceInput>
      ) : null}
      {method === 'Round-Robin' || method === 'Least-Busy' ? (
        <ReferenceInput source="teamId" reference="teams">
          <AutocompleteInput filterToQuery={toQuery} validate={required()} />
        </ReferenceInput>
      ) : null}
    </FormRow>
  );
};

const AutoReplyInputs = () => {
  const autoReply = useWatch({ name: 'autoReply' }) as boolean | undefined;
  return (
    <FormRow>
      <BooleanInput source="autoReply" />
      {autoReply ? (
        <TextInput
          source="replyTemplateId"
          helperText="crm.mailboxes.template_help"
          parse={(value: string) => value || null}
        />
      ) : null}
    </FormRow>
  );
};

/** The stored password is never sent back: the input stays empty, and empty keeps it. */
const PasswordField = () => {
  const record = useRecordContext<EmailAccount>();
  return (
    <PasswordInput
      source="password"
      autoComplete="new-password"
      helperText={record?.hasPassword ? 'crm.mailboxes.password_keep' : false}
    />
  );
};

export const MailboxInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <FormRow>
        <TextInput source="name" validate={required()} />
        <TextInput source="emailAddress" type="email" validate={required()} />
        <SelectInput source="status" choices={mailboxStatusChoices} defaultValue="Active" />
      </FormRow>
      <Typography variant="subtitle1">{translate('crm.mailboxes.server')}</Typography>
      <FormRow>
        <TextInput source="host" />
        <NumberInput source="port" min={1} max={65535} helperText="crm.mailboxes.port_help" />
        <SelectInput source="security" choices={mailboxSecurityChoices} defaultValue="SSL" />
      </FormRow>
      <FormRow>
        <TextInput source="username" autoComplete="off" />
        <PasswordField />
      </FormRow>
      <FormRow>
        <TextInput source="monitoredFolder" defaultValue="INBOX" />
        <TextInput source="processedFolder" parse={(value: string) => value || null} />
      </FormRow>
      <Typography variant="subtitle1">{translate('crm.mailboxes.cases')}</Typography>
      <BooleanInput source="createCase" defaultValue={true} />
      <DistributionInputs />
      <AutoReplyInputs />
    </>
  );
};
