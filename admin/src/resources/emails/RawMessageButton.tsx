import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { CrmDataProvider } from '../../providers/dataProvider';
import type { Email } from '../../types';

/** The inbound message exactly as it arrived (.eml), to see why it could not be read. */
export const RawMessageButton = () => {
  const email = useRecordContext<Email>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (email?.direction !== 'in') return null;
  const save = async () => {
    setBusy(true);
    try {
      const blob = await dataProvider.download(`/api/emails/${email.id}/raw`);
      // Saved, never opened: a blob URL would have the panel's origin.
      const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${email.id}.eml`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="crm.emails.raw" onClick={save} disabled={busy} data-testid="email-raw">
      <DownloadIcon />
    </Button>
  );
};
