import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { ENTITY_RESOURCE, type EntityType } from '../providers/permissions';
import type { Note } from '../types';
import { NewNoteForm } from './NewNoteForm';
import { NoteItem } from './NoteItem';

interface StreamProps {
  parentType: EntityType;
  /** replaces the "New note" box (a case has its reply box instead) */
  form?: ReactNode;
  /** re-reads the notes every so many ms (a case: customers' e-mails arrive meanwhile) */
  pollMs?: number;
}

/** The record's stream of notes, newest first, with a box to post a new one. */
export const Stream = ({ parentType, form, pollMs }: StreamProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: canPost } = useCanAccess({
    resource: ENTITY_RESOURCE[parentType],
    action: 'stream',
  });
  const parentId = record?.id ? String(record.id) : undefined;
  const { data, isPending, error } = useGetList<Note>(
    'notes',
    {
      filter: { parentType, parentId },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled: parentId !== undefined, refetchInterval: pollMs },
  );

  if (!parentId) return null;
  return (
    <Card data-testid="stream">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('crm.stream.title')}
        </Typography>
        {canPost ? (form ?? <NewNoteForm parentType={parentType} parentId={parentId} />) : null}
        {isPending ? <CircularProgress size={24} /> : null}
        {error ? <Typography color="error">{error.message}</Typography> : null}
        {data && data.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.stream.empty')}
          </Typography>
        ) : null}
        <Box
          component="ol"
          sx={{ listStyle: 'none', p: 0, m: 0 }}
          aria-label={translate('crm.stream.title')}
        >
          {data?.map((note) => (
            <NoteItem key={note.id} note={note} streamType={parentType} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
