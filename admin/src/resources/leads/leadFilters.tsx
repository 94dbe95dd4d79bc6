import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { leadSourceChoices, leadStatusChoices } from '../../choices';

export const leadFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={leadStatusChoices} />,
  <SelectInput key="source" source="source" choices={leadSourceChoices} />,
  <ReferenceInput key="assignedUserId" source="assignedUserId" reference="users">
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} />
  </ReferenceInput>,
];
