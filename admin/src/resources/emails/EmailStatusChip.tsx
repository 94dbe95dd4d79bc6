import { StatusChip, type StatusColors } from '../../common/StatusChip';

const COLORS: StatusColors = {
  Received: 'info',
  Imported: 'success',
  Ignored: 'default',
  Quarantined: 'error',
  Queued: 'info',
  Sent: 'success',
  Failed: 'error',
  Kept: 'warning',
};

export const EmailStatusChip = (_props: { source?: string; label?: string }) => (
  <StatusChip colors={COLORS} choices="emailStatus" testId="email-status" />
);
