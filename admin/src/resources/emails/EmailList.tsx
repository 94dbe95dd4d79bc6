import {
  DataTable,
  DateField,
  FilterButton,
  FunctionField,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { emailDirectionChoices, emailStatusChoices } from '../../choices';
import type { Email } from '../../types';
import { EmailStatusChip } from './EmailStatusChip';
import { ReplayButton } from './ReplayButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="direction" source="direction" choices={emailDirectionChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={emailStatusChoices} alwaysOn />,
];

const addresses = (list?: string[] | null) => (list ?? []).join(', ');

/** The case an e-mail belongs to (only cases so far). */
const ParentField = () => (
  <FunctionField<Email>
    render={(email) =>
      email.parentType === 'Case' && email.parentId ? (
        <ReferenceField record={email} source="parentId" reference="cases" link="show" />
      ) : null
    }
  />
);

const EmailTable = ({ showError }: { showError?: boolean }) => (
  <DataTable<Email> rowClick="show">
    <DataTable.Col source="createdAt">
      <DateField source="createdAt" showTime />
    </DataTable.Col>
    <DataTable.Col source="direction">
      <SelectField source="direction" choices={emailDirectionChoices} />
    </DataTable.Col>
    <DataTable.Col source="status">
      <EmailStatusChip />
    </DataTable.Col>
    <DataTable.Col source="from" />
    <DataTable.Col source="to" disableSort render={(email) => addresses(email.to)} />
    <DataTable.Col source="subject" />
    <DataTable.Col source="parentId" disableSort>
      <ParentField />
    </DataTable.Col>
    {showError ? (
      <DataTable.Col
        source="error"
        disableSort
        sx={{ maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis' }}
      />
    ) : null}
    {showError ? (
      <DataTable.Col label=" " disableSort>
        <ReplayButton />
      </DataTable.Col>
    ) : null}
  </DataTable>
);

/** Every stored e-mail, both directions. */
export const EmailList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={filters}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
    perPage={25}
  >
    <EmailTable showError />
  </List>
);

/**
 * What could not be parsed or routed: kept with the reason, replayable once the cause is fixed
 * (email.md "Nothing a customer sends is ever lost").
 */
export const QuarantineList = () => (
  <List
    resource="emails"
    title="crm.emails.quarantine"
    filter={{ status: 'Quarantined' }}
    sort={{ field: 'createdAt', order: 'DESC' }}
    storeKey="emails.quarantine"
    disableSyncWithLocation
    actions={false}
    perPage={25}
    empty={false}
  >
    <div data-testid="quarantine-list">
      <EmailTable showError />
    </div>
  </List>
);
