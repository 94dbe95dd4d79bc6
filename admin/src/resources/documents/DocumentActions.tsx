import EmailIcon from '@mui/icons-material/EmailOutlined';
import PdfIcon from '@mui/icons-material/PictureAsPdf';
import ConvertIcon from '@mui/icons-material/TransformOutlined';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useCreatePath,
  useDataProvider,
  useNotify,
  useRecordContext,
  useResourceContext,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { isHttpError } from '../../providers/httpClient';

const errorMessage = (error: unknown) =>
  isHttpError(error) ? (error.body?.message ?? error.message) : 'ra.notification.http_error';

/**
 * "Convert to sales order" etc.: POST …/convert {"to"}, then the new record's show page.
 * Also used on an opportunity ("Create quote").
 */
export const ConvertToButton = ({ to, label }: { to: string; label: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({ resource: to, action: 'create' });
  if (!record || !resource || !canAccess) return null;
  const convert = async () => {
    setBusy(true);
    try {
      const { id } = await dataProvider.convertRecord(resource, String(record.id), to);
      notify('crm.documents.converted', { type: 'success' });
      navigate(createPath({ resource: to, type: 'show', id }));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={label} onClick={convert} disabled={busy} data-testid={`convert-to-${to}`}>
      <ConvertIcon />
    </Button>
  );
};

/** GET …/pdf with the bearer token; the PDF opens in a new tab (or downloads if blocked). */
export const DownloadPdfButton = ({ templateId }: { templateId?: string }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!record || !resource) return null;
  const download = async () => {
    setBusy(true);
    // Opened before the await: browsers block pop-ups that do not follow a click directly.
    const tab = window.open('', '_blank');
    try {
      const blob = await dataProvider.documentPdf(resource, String(record.id), templateId);
      const url = URL.createObjectURL(blob);
      if (tab) tab.location.href = url;
      else {
        const link = document.createElement('a');
        link.href = url;
        link.download = `${record.number ?? record.id}.pdf`;
        link.click();
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      tab?.close();
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      label="crm.documents.download_pdf"
      onClick={download}
      disabled={busy}
      data-testid="download-pdf"
    >
      <PdfIcon />
    </Button>
  );
};

/** "Send by e-mail": the PDF goes to the billing contact through the outbound queue. */
export const SendEmailButton = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  if (!record || !resource) return null;
  const send = async () => {
    setBusy(true);
    try {
      await dataProvider.sendDocumentEmail(resource, String(record.id));
      notify('crm.documents.email_queued', { type: 'success' });
    } catch (error) {
      const fields = isHttpError(error) ? error.body?.errors : undefined;
      notify(fields?.to ?? errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      label="crm.documents.send_email"
      onClick={send}
      disabled={busy}
      data-testid="send-email"
    >
      <EmailIcon />
    </Button>
  );
};
