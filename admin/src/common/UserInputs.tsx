import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
} from 'react-admin';

const toQuery = (q: string) => ({ q });

export const AssignedUserInput = ({ source = 'assignedUserId' }: { source?: string }) => (
  <ReferenceInput source={source} reference="users">
    <AutocompleteInput filterToQuery={toQuery} />
  </ReferenceInput>
);

export const TeamsInput = ({ source = 'teamsIds' }: { source?: string }) => (
  <ReferenceArrayInput source={source} reference="teams">
    <AutocompleteArrayInput filterToQuery={toQuery} />
  </ReferenceArrayInput>
);
