import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Email } from '../../types';

const COLORS: Record<string, ChipProps['color']> = {
  Received: 'info',
  Imported: 'success',
  Ignored: 'default',
  Quarantined: 'error',
  Queued: 'info',
  Sent: 'success',
  Failed: 'error',
  Kept: 'warning',
};

export const EmailStatusChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Email>();
  const translate = useTranslate();
  if (!record?.status) return null;
  return (
    <Chip
      size="small"
      color={COLORS[record.status] ?? 'default'}
      label={translate(`crm.choices.emailStatus.${record.status}`, { _: record.status })}
      data-testid="email-status"
      data-status={record.status}
    />
  );
};
