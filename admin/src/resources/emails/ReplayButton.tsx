import ReplayIcon from '@mui/icons-material/Replay';
import { type MouseEvent, useState } from 'react';
import {
  Button,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { isHttpError } from '../../providers/httpClient';
import type { Email } from '../../types';

/** Only a quarantined (or never processed) inbound message can go through the pipeline again. */
const REPLAYABLE = ['Quarantined', 'Received'];

/** "Replay": runs a quarantined message through routing again, once the cause is fixed. */
export const ReplayButton = () => {
  const record = useRecordContext<Email>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  if (record?.direction !== 'in' || !REPLAYABLE.includes(record.status)) return null;

  const replay = async (event: MouseEvent) => {
    // In a list row: do not open the e-mail as well.
    event.stopPropagation();
    setBusy(true);
    try {
      const result = await dataProvider.replayEmail(String(record.id));
      const status = typeof result.status === 'string' ? result.status : null;
      notify(status ? 'crm.emails.replayed_status' : 'crm.emails.replayed', {
        type: status === 'Quarantined' ? 'warning' : 'success',
        messageArgs: {
          status: status ? translate(`crm.choices.emailStatus.${status}`, { _: status }) : '',
        },
      });
      refresh();
    } catch (error) {
      notify(isHttpError(error) ? (error.body?.message ?? error.message) : String(error), {
        type: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button label="crm.emails.replay" onClick={replay} disabled={busy} data-testid="replay-email">
      <ReplayIcon />
    </Button>
  );
};
