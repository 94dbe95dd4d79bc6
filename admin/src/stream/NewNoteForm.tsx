import { Box, Button, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useCreate, useNotify, useTranslate } from 'react-admin';

interface Props {
  parentType: string;
  parentId: string;
}

/** POST /api/notes {type: 'Post', post, parentType, parentId}. */
export const NewNoteForm = ({ parentType, parentId }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [post, setPost] = useState('');
  const [create, { isPending }] = useCreate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!post.trim()) return;
    create(
      'notes',
      { data: { type: 'Post', post: post.trim(), parentType, parentId } },
      {
        onSuccess: () => {
          setPost('');
          notify('crm.stream.posted', { type: 'success' });
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  };

  return (
    <Box component="form" onSubmit={submit} sx={{ mb: 2 }}>
      <TextField
        label={translate('crm.stream.new_note')}
        value={post}
        onChange={(event) => setPost(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        size="small"
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
        <Button type="submit" variant="contained" size="small" disabled={isPending || !post.trim()}>
          {translate('crm.stream.post')}
        </Button>
      </Box>
    </Box>
  );
};
