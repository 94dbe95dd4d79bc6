import { Alert, Card, CardContent, Typography } from '@mui/material';
import { DateField, Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { EmailAccount } from '../../types';
import { TestStoredConnectionButton } from './TestConnectionButton';

/** What the poller last did with this mailbox (read-only, kept by the server). */
export const PollStatePanel = () => {
  const mailbox = useRecordContext<EmailAccount>();
  const translate = useTranslate();
  if (!mailbox) return null;
  return (
    <Card sx={{ ml: { md: 2 }, mt: { xs: 2, md: 0 }, width: { md: 320 }, flexShrink: 0 }}>
      <CardContent>
        <Typography variant="h6">{translate('crm.mailboxes.poll_state')}</Typography>
        <Labeled>
          <DateField source="lastPolledAt" showTime emptyText="—" />
        </Labeled>
        {mailbox.lastError ? (
          <Alert severity="error" sx={{ my: 1 }} data-testid="mailbox-last-error">
            {mailbox.lastError}
          </Alert>
        ) : null}
        <Labeled>
          <TextField source="uidValidity" emptyText="—" />
        </Labeled>
        <Labeled>
          <TextField source="lastUid" emptyText="—" />
        </Labeled>
        <TestStoredConnectionButton />
      </CardContent>
    </Card>
  );
};
