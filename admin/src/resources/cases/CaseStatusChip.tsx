import { StatusChip, type StatusColors } from '../../common/StatusChip';

const COLORS: StatusColors = {
  New: 'info',
  Assigned: 'primary',
  Pending: 'warning',
  Closed: 'success',
  Rejected: 'default',
  Duplicate: 'default',
};

/** The case's status as a coloured chip (open ones stand out in the list). */
export const CaseStatusChip = (_props: { source?: string; label?: string }) => (
  <StatusChip colors={COLORS} choices="caseStatus" testId="case-status" />
);
