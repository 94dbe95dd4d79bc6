import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
} from 'react-admin';
import { casePriorityChoices, caseStatusChoices } from '../../choices';

const openChoices = [
  { id: 'open', name: 'crm.cases.open' },
  { id: 'closed', name: 'crm.cases.closed' },
];

/** The server's `open` filter is a boolean; a select needs string ids. */
const parseOpen = (value: string) => (value === 'open' ? true : value === 'closed' ? false : null);
const formatOpen = (value: unknown) => (value === true ? 'open' : value === false ? 'closed' : '');

/** `mine` is turned into assignedUserId by the data provider. */
export const caseFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="open"
    source="open"
    label="crm.cases.open_filter"
    choices={openChoices}
    parse={parseOpen}
    format={formatOpen}
    alwaysOn
  />,
  <BooleanInput key="mine" source="mine" label="crm.cases.mine" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={caseStatusChoices} />,
  <SelectInput key="priority" source="priority" choices={casePriorityChoices} />,
  <ReferenceInput key="assignedUserId" source="assignedUserId" reference="users">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];
