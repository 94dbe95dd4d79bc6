import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type {
  ConvertLeadBody,
  ConvertLeadResult,
  CrmDataProvider,
} from '../../../providers/dataProvider';
import { type ErrorBody, isHttpError } from '../../../providers/httpClient';

export type Duplicate = NonNullable<ErrorBody['duplicates']>[number];

/**
 * Sends the conversion. A 409 with duplicates keeps the dialog open with the duplicates; a 409
 * without (already converted) or any other error shows the server's message; a 400 returns the
 * field errors to the form.
 */
export const useConvertLead = (leadId: string, onDone: (result: ConvertLeadResult) => void) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [lastBody, setLastBody] = useState<ConvertLeadBody | null>(null);

  const send = async (body: ConvertLeadBody): Promise<Record<string, string> | undefined> => {
    setPending(true);
    setDuplicates([]);
    setMessage(null);
    setLastBody(body);
    try {
      const result = await dataProvider.convertLead(leadId, body);
      notify('crm.convert.success', { type: 'success' });
      refresh();
      onDone(result);
      return undefined;
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (isHttpError(error) && error.status === 409 && error.body?.duplicates?.length) {
        setDuplicates(error.body.duplicates);
        return undefined;
      }
      setMessage(text);
      return isHttpError(error) ? error.body?.errors : undefined;
    } finally {
      setPending(false);
    }
  };

  const createAnyway = () => {
    if (lastBody) void send({ ...lastBody, skipDuplicateCheck: true });
  };

  const dismiss = (resource: string) =>
    setDuplicates((current) => current.filter((d) => d.resource !== resource));

  return { send, pending, duplicates, message, createAnyway, dismiss };
};
