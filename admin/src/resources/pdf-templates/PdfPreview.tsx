import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { AutocompleteInput, ReferenceInput, useDataProvider, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { CrmDataProvider } from '../../providers/dataProvider';
import { isHttpError } from '../../providers/httpClient';

const DEBOUNCE_MS = 700;
const PREVIEW_FIELDS = [
  'entityType',
  'language',
  'header',
  'body',
  'footer',
  'pageFormat',
  'pageOrientation',
  'margins',
  'logo',
  'colors',
] as const;
const RESOURCE_OF: Record<string, string> = {
  Quote: 'quotes',
  SalesOrder: 'sales-orders',
  Invoice: 'invoices',
};

/** Form-only field: which record the preview renders (the template never stores it). */
export const PREVIEW_RECORD = '_previewRecordId';

const toNumber = (value: unknown) => (typeof value === 'number' ? value : Number(value) || 0);

/**
 * The template as it is being edited, rendered by the server (POST /api/pdf-templates/preview),
 * at most once per pause in typing; the last answer stays while the next one loads.
 */
export const PdfPreview = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const values = useWatch() as Record<string, unknown>;
  const entityType = (values.entityType as string | undefined) ?? 'Quote';
  const payload = JSON.stringify({
    ...Object.fromEntries(PREVIEW_FIELDS.map((key) => [key, values[key]])),
    entityType,
    margins: Object.fromEntries(
      ['top', 'right', 'bottom', 'left'].map((side) => [
        side,
        toNumber((values.margins as Record<string, unknown> | undefined)?.[side] ?? 15),
      ]),
    ),
    logo: values.logo || null,
    recordId: values[PREVIEW_RECORD] || null,
  });
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const urlRef = useRef<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const blob = await dataProvider.previewPdfTemplate(JSON.parse(payload), controller.signal);
        const next = URL.createObjectURL(blob);
        if (urlRef.current) URL.revokeObjectURL(urlRef.current);
        urlRef.current = next;
        setUrl(next);
        setError(null);
      } catch (err) {
        if (controller.signal.aborted) return;
        const body = isHttpError(err) ? err.body : null;
        const details = body?.errors ? Object.values(body.errors).join(' ') : '';
        setError([body?.message, details].filter(Boolean).join(' ') || 'unavailable');
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [payload, dataProvider]);

  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  return (
    <Stack spacing={1} sx={{ width: '100%' }} data-testid="pdf-preview-pane">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1">{translate('crm.pdf.preview')}</Typography>
        {loading ? <CircularProgress size={16} /> : null}
      </Stack>
      <ReferenceInput
        key={entityType}
        source={PREVIEW_RECORD}
        reference={RESOURCE_OF[entityType] ?? 'quotes'}
      >
        <AutocompleteInput
          label="crm.pdf.preview_record"
          helperText="crm.pdf.preview_record_help"
          filterToQuery={(q: string) => ({ q })}
        />
      </ReferenceInput>
      {error ? (
        <Alert severity="warning" data-testid="pdf-preview-error">
          {translate('crm.pdf.preview_unavailable')}
          {error !== 'unavailable' ? ` – ${error}` : ''}
        </Alert>
      ) : null}
      {url ? (
        <Box
          component="iframe"
          src={url}
          title={translate('crm.pdf.preview')}
          data-testid="pdf-preview"
          sx={{ width: '100%', height: 720, border: 1, borderColor: 'divider' }}
        />
      ) : null}
    </Stack>
  );
};
