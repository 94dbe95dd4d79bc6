import CreateIcon from '@mui/icons-material/AddCircleOutline';
import AssignIcon from '@mui/icons-material/AssignmentInd';
import PostIcon from '@mui/icons-material/ChatBubbleOutline';
import EditIcon from '@mui/icons-material/Edit';
import LinkIcon from '@mui/icons-material/Link';
import LockIcon from '@mui/icons-material/Lock';
import MailIcon from '@mui/icons-material/MailOutline';
import { alpha, Box, Chip, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { ReferenceField, TextField, useLocaleState, useTranslate } from 'react-admin';
import type { MailNoteData, Note } from '../types';
import { NoteBody } from './NoteBody';

const ICONS: Record<string, ReactElement> = {
  Post: <PostIcon fontSize="small" />,
  Create: <CreateIcon fontSize="small" />,
  Update: <EditIcon fontSize="small" />,
  Assign: <AssignIcon fontSize="small" />,
  Relate: <LinkIcon fontSize="small" />,
  EmailReceived: <MailIcon fontSize="small" />,
  EmailSent: <MailIcon fontSize="small" />,
};

/** A customer's e-mail has no author among the users: its sender stands in. */
const customer = (note: Note): string | null => {
  if (note.type !== 'EmailReceived') return null;
  const data = (note.data ?? {}) as MailNoteData;
  return data.fromName || data.from || null;
};

/**
 * One note; a converted record's stream also shows its lead's notes, marked as such. Internal
 * notes (cases) get a padlock "Internal" chip and a tinted background: they never reach the
 * customer.
 */
export const NoteItem = ({ note, streamType }: { note: Note; streamType: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const date = note.createdAt ? new Date(note.createdAt).toLocaleString(locale) : '';
  return (
    <Box
      component="li"
      data-testid="stream-note"
      data-note-type={note.type}
      data-internal={note.isInternal ? 'true' : undefined}
      sx={(theme) => ({
        display: 'flex',
        gap: 1.5,
        py: 1,
        borderTop: 1,
        borderColor: 'divider',
        ...(note.isInternal
          ? { bgcolor: alpha(theme.palette.warning.main, 0.12), px: 1, borderRadius: 1 }
          : {}),
      })}
    >
      <Box
        sx={{ color: 'text.secondary', pt: 0.25 }}
        title={translate(`crm.choices.noteType.${note.type}`, { _: note.type })}
      >
        {ICONS[note.type] ?? ICONS.Post}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="caption" color="text.secondary" component="div">
          {note.createdById ? (
            <ReferenceField record={note} source="createdById" reference="users" link={false}>
              <TextField source="name" variant="caption" sx={{ fontWeight: 'bold' }} />
            </ReferenceField>
          ) : (
            (customer(note) ?? translate('crm.stream.someone'))
          )}{' '}
          · {date}
          {note.parentType !== streamType ? ` · ${translate('crm.stream.from_lead')}` : ''}
          {note.isInternal ? (
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              icon={<LockIcon />}
              label={translate('crm.stream.internal')}
              data-testid="internal-chip"
              sx={{ ml: 1, height: 20 }}
            />
          ) : null}
        </Typography>
        <NoteBody note={note} />
      </Box>
    </Box>
  );
};
