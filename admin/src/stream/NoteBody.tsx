import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { ReferenceField, TextField, useTranslate } from 'react-admin';
import type { Note } from '../types';
import { FieldChanges } from './FieldChanges';
import { MailNote } from './MailNote';
import { RelateNote } from './RelateNote';

const Text = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
    {children}
  </Typography>
);

const UserName = ({ id }: { id: string }) => (
  <ReferenceField record={{ id: 'x', ref: id }} source="ref" reference="users" link={false}>
    <TextField source="name" />
  </ReferenceField>
);

/** Assign notes carry {was, became}: the previous and new assignee. */
const AssignNote = ({ note }: { note: Note }) => {
  const translate = useTranslate();
  const became = note.data?.became ?? note.data?.assignedUserId;
  return (
    <Text>
      {became ? (
        <>
          {translate('crm.stream.assigned')} <UserName id={became} />
        </>
      ) : (
        translate('crm.stream.unassigned')
      )}
    </Text>
  );
};

/** What a note says, by type; the `data` shapes understood are in types.ts (NoteData). */
export const NoteBody = ({ note }: { note: Note }) => {
  const translate = useTranslate();
  const data = note.data ?? {};
  const post = note.post ? <Text>{note.post}</Text> : null;
  switch (note.type) {
    case 'Create':
      return (
        <Box>
          <Text>{translate('crm.stream.created')}</Text>
          {post}
        </Box>
      );
    case 'Update':
      return (
        <Box>
          {data.reopened ? (
            <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="reopen-note">
              {translate('crm.stream.reopened')}
            </Typography>
          ) : null}
          <FieldChanges parentType={note.parentType} fields={data.fields ?? {}} />
          {post}
        </Box>
      );
    case 'Assign':
      return <AssignNote note={note} />;
    case 'Relate':
      return (
        <Box>
          <RelateNote note={note} />
          {post}
        </Box>
      );
    case 'EmailReceived':
    case 'EmailSent':
      return <MailNote note={note} />;
    default:
      return post;
  }
};
