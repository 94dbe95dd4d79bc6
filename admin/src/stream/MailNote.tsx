import { alpha, Box, Link as MuiLink, Typography } from '@mui/material';
import { Link, useCanAccess, useTranslate } from 'react-admin';
import type { MailNoteData, Note } from '../types';
import { AttachmentLinks } from './AttachmentLinks';

const addressList = (value: string[] | string | undefined) =>
  Array.isArray(value) ? value.join(', ') : (value ?? '');

const sender = (data: MailNoteData) =>
  data.fromName && data.from ? `${data.fromName} <${data.from}>` : (data.from ?? '');

/**
 * A customer's e-mail (left, grey) or a reply we sent (right, tinted) as a mail bubble: who
 * wrote to whom, the subject, the text and the attachments.
 */
export const MailNote = ({ note }: { note: Note }) => {
  const translate = useTranslate();
  const { canAccess: canSeeEmails } = useCanAccess({ resource: 'emails', action: 'show' });
  const data = (note.data ?? {}) as MailNoteData;
  const sent = note.type === 'EmailSent';
  return (
    <Box
      data-testid={sent ? 'mail-sent' : 'mail-received'}
      sx={(theme) => ({
        mt: 0.5,
        ml: sent ? 3 : 0,
        mr: sent ? 0 : 3,
        p: 1.25,
        borderRadius: 2,
        borderTopLeftRadius: sent ? 8 : 2,
        borderTopRightRadius: sent ? 2 : 8,
        bgcolor: sent ? alpha(theme.palette.primary.main, 0.08) : theme.palette.action.hover,
        border: 1,
        borderColor: sent ? alpha(theme.palette.primary.main, 0.3) : 'divider',
      })}
    >
      <Typography variant="caption" component="div" color="text.secondary">
        {sent
          ? `${translate('crm.cases.mail_to')} ${addressList(data.to)}`
          : `${translate('crm.cases.mail_from')} ${sender(data)}`}
      </Typography>
      {data.subject ? (
        <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="mail-subject">
          {data.subject}
        </Typography>
      ) : null}
      {note.post ? (
        <Typography
          variant="body2"
          sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', mt: 0.5 }}
          data-testid="mail-text"
        >
          {note.post}
        </Typography>
      ) : null}
      <AttachmentLinks attachments={data.attachments} emailId={data.emailId} />
      {data.emailId && canSeeEmails ? (
        <MuiLink
          component={Link}
          to={`/emails/${data.emailId}/show`}
          variant="caption"
          sx={{ display: 'inline-block', mt: 0.5 }}
        >
          {translate('crm.cases.view_email')}
        </MuiLink>
      ) : null}
    </Box>
  );
};
