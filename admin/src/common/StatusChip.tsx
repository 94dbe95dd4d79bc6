import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export type StatusColors = Record<string, ChipProps['color']>;

/**
 * The record's `status` as a coloured chip, labelled from `crm.choices.<choices>.<status>`;
 * `data-testid` and `data-status` let tests find it whatever the locale.
 */
export const StatusChip = ({
  colors,
  choices,
  testId,
}: {
  colors: StatusColors;
  choices: string;
  testId: string;
}) => {
  const record = useRecordContext<{ status?: string }>();
  const translate = useTranslate();
  if (!record?.status) return null;
  return (
    <Chip
      size="small"
      color={colors[record.status] ?? 'default'}
      label={translate(`crm.choices.${choices}.${record.status}`, { _: record.status })}
      data-testid={testId}
      data-status={record.status}
    />
  );
};
