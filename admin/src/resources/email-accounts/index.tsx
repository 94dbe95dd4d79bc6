import MailboxIcon from '@mui/icons-material/MarkEmailRead';
import { Tooltip, Typography } from '@mui/material';
import {
  BooleanField,
  Create,
  DataTable,
  DateField,
  DeleteButton,
  Edit,
  FunctionField,
  List,
  SaveButton,
  SelectField,
  SimpleForm,
  Toolbar,
} from 'react-admin';
import { mailboxStatusChoices } from '../../choices';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import type { EmailAccount } from '../../types';
import { MailboxInputs } from './MailboxInputs';
import { PollStatePanel } from './PollStatePanel';
import { TestFormConnectionButton, TestStoredConnectionButton } from './TestConnectionButton';

const READ_ONLY = ['hasPassword', 'uidValidity', 'lastUid', 'lastPolledAt', 'lastError'];

/** The server owns the poll state; a form never sends it back. */
const withoutPollState = <T extends Record<string, unknown>>(data: T) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !READ_ONLY.includes(key)));

const MailboxList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable<EmailAccount> rowClick="edit">
      <DataTable.Col source="name" />
      <DataTable.Col source="emailAddress" />
      <DataTable.Col source="status">
        <SelectField source="status" choices={mailboxStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="createCase">
        <BooleanField source="createCase" />
      </DataTable.Col>
      <DataTable.Col source="lastPolledAt">
        <DateField source="lastPolledAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="lastError" disableSort>
        <FunctionField<EmailAccount>
          render={(mailbox) =>
            mailbox.lastError ? (
              <Tooltip title={mailbox.lastError}>
                <Typography
                  variant="body2"
                  color="error"
                  noWrap
                  sx={{ maxWidth: 280 }}
                  data-testid="mailbox-error"
                >
                  {mailbox.lastError}
                </Typography>
              </Tooltip>
            ) : null
          }
        />
      </DataTable.Col>
      <DataTable.Col label=" " disableSort>
        <TestStoredConnectionButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

const FormToolbar = ({ deletable }: { deletable?: boolean }) => (
  <Toolbar sx={{ gap: 1 }}>
    <SaveButton />
    <TestFormConnectionButton />
    {deletable ? <DeleteButton mutationMode="pessimistic" sx={{ ml: 'auto' }} /> : null}
  </Toolbar>
);

const MailboxCreate = () => (
  <Create
    mutationMode="pessimistic"
    redirect="list"
    transform={(data: Record<string, unknown>) => dropEmpty(withoutPollState(data))}
  >
    <SimpleForm toolbar={<FormToolbar />}>
      <MailboxInputs />
    </SimpleForm>
  </Create>
);

const MailboxEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    aside={<PollStatePanel />}
    transform={(data: Record<string, unknown>, options) =>
      withoutPollState(onlyChanged(data, options))
    }
  >
    <SimpleForm toolbar={<FormToolbar deletable />}>
      <MailboxInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: MailboxList,
  create: MailboxCreate,
  edit: MailboxEdit,
  icon: MailboxIcon,
  recordRepresentation: (record: EmailAccount) => `${record.name} <${record.emailAddress}>`,
};
