import { Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { ENTITY_RESOURCE, type EntityType } from '../providers/permissions';
import type { Note } from '../types';
import { NewNoteForm } from './NewNoteForm';
import { NoteItem } from './NoteItem';

/** The record's stream of notes, newest first, with a box to post a new one. */
export const Stream = ({ parentType }: { parentType: EntityType }) => {
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
    { enabled: parentId !== undefined },
  );

  if (!parentId) return null;
  return (
    <Card data-testid="stream">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('crm.stream.title')}
        </Typography>
        {canPost ? <NewNoteForm parentType={parentType} parentId={parentId} /> : null}
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
