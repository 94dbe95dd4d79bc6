import RefreshIcon from '@mui/icons-material/Autorenew';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { CrmDataProvider } from '../../providers/dataProvider';

/** Replaces a leaked key; forms still using the old one then get 404. */
export const RegenerateKeyButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record) return null;

  const regenerate = async () => {
    setPending(true);
    try {
      await dataProvider.regenerateCaptureKey(String(record.id));
      notify('crm.capture.regenerated', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label="crm.capture.regenerate" onClick={() => setOpen(true)} disabled={pending}>
        <RefreshIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="crm.capture.regenerate"
        content="crm.capture.regenerate_confirm"
        onConfirm={regenerate}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
