import TestIcon from '@mui/icons-material/NetworkCheck';
import { type MouseEvent, useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { ConnectionTestResult, CrmDataProvider } from '../../providers/dataProvider';
import { isHttpError } from '../../providers/httpClient';

const useShowResult = () => {
  const notify = useNotify();
  return {
    result: (r: ConnectionTestResult) =>
      notify(r.message, { type: r.ok ? 'success' : 'error', autoHideDuration: 10_000 }),
    failure: (error: unknown) => {
      const body = isHttpError(error) ? error.body : null;
      const fieldErrors = body?.errors ? Object.values(body.errors).join(' ') : '';
      notify(fieldErrors || body?.message || (error as Error).message, { type: 'error' });
    },
  };
};

/** On a saved mailbox (list row, edit toolbar): connects with the stored settings. */
export const TestStoredConnectionButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const show = useShowResult();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const test = async (event: MouseEvent) => {
    event.stopPropagation();
    setBusy(true);
    try {
      show.result(await dataProvider.testEmailAccount(String(record.id)));
    } catch (error) {
      show.failure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="crm.mailboxes.test" onClick={test} disabled={busy} data-testid="test-connection">
      <TestIcon />
    </Button>
  );
};

/**
 * In the form: connects with the values as typed, before saving. With an empty password on a
 * saved mailbox, the server uses the stored one (the id says which).
 */
export const TestFormConnectionButton = () => {
  const record = useRecordContext();
  const form = useFormContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const show = useShowResult();
  const [busy, setBusy] = useState(false);
  const test = async () => {
    setBusy(true);
    const values = { ...form.getValues() } as Record<string, unknown>;
    if (!values.password) delete values.password;
    for (const readOnly of [
      'createdAt',
      'modifiedAt',
      'hasPassword',
      'lastPolledAt',
      'lastError',
    ]) {
      delete values[readOnly];
    }
    try {
      show.result(
        await dataProvider.testEmailAccountValues(
          record?.id ? { ...values, id: String(record.id) } : values,
        ),
      );
    } catch (error) {
      show.failure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      label="crm.mailboxes.test"
      onClick={test}
      disabled={busy}
      variant="outlined"
      data-testid="test-connection-form"
    >
      <TestIcon />
    </Button>
  );
};
