import LockIcon from '@mui/icons-material/LockOutlined';
import SendIcon from '@mui/icons-material/Send';
import { Alert, Box, Button, TextField } from '@mui/material';
import { useState } from 'react';
import {
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { isHttpError } from '../../providers/httpClient';
import type { Case } from '../../types';

/** The server's reason, field errors first ("This case has no customer e-mail address."). */
const reason = (error: unknown): string => {
  if (!isHttpError(error)) return (error as Error)?.message ?? 'ra.notification.http_error';
  const fields = error.body?.errors;
  return (fields && Object.values(fields)[0]) ?? error.body?.message ?? error.message;
};

/**
 * One text box, two ways out: "Send reply" e-mails the customer (an EmailSent note),
 * "Add internal note" stays inside the team (never sent, never shown to the customer).
 */
export const CaseReplyBox = () => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!record) return null;

  const submit = async (internal: boolean) => {
    if (!body.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await dataProvider.replyToCase(String(record.id), { body: body.trim(), internal });
      setBody('');
      notify(internal ? 'crm.cases.note_added' : 'crm.cases.reply_queued', { type: 'success' });
      refresh();
    } catch (e) {
      setError(reason(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mb: 2 }} data-testid="case-reply-box">
      <TextField
        label={translate('crm.cases.reply_label')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={3}
        fullWidth
        size="small"
      />
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="reply-error">
          {translate(error, { _: error })}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, mt: 1 }}>
        <Button
          size="small"
          variant="outlined"
          color="warning"
          startIcon={<LockIcon />}
          disabled={busy || !body.trim()}
          onClick={() => submit(true)}
          data-testid="reply-internal"
        >
          {translate('crm.cases.add_internal_note')}
        </Button>
        <Button
          size="small"
          variant="contained"
          startIcon={<SendIcon />}
          disabled={busy || !body.trim()}
          onClick={() => submit(false)}
          data-testid="reply-send"
        >
          {translate('crm.cases.send_reply')}
        </Button>
      </Box>
    </Box>
  );
};
