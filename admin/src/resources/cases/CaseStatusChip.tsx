import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Case } from '../../types';

const COLORS: Record<string, ChipProps['color']> = {
  New: 'info',
  Assigned: 'primary',
  Pending: 'warning',
  Closed: 'success',
  Rejected: 'default',
  Duplicate: 'default',
};

/** The case's status as a coloured chip (open ones stand out in the list). */
export const CaseStatusChip = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  if (!record?.status) return null;
  return (
    <Chip
      size="small"
      color={COLORS[record.status] ?? 'default'}
      label={translate(`crm.choices.caseStatus.${record.status}`, { _: record.status })}
      data-testid="case-status"
      data-status={record.status}
    />
  );
};
