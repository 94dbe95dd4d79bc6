import {
  Card,
  CardContent,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, useCanAccess, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { OPEN_CASE_STATUSES } from '../choices';

const casesWhere = (filter: Record<string, unknown>) =>
  `/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** A count needs one row: the total comes from Content-Range. */
const useCaseCount = (filter: Record<string, unknown>) =>
  useGetList('cases', {
    filter,
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'createdAt', order: 'DESC' },
  }).total;

const Row = ({
  label,
  filter,
  testId,
}: {
  label: string;
  filter: Record<string, unknown>;
  testId: string;
}) => {
  const count = useCaseCount(filter);
  return (
    <TableRow data-testid={testId} data-count={count ?? ''}>
      <TableCell sx={{ pl: 0 }}>
        <MuiLink component={Link} to={casesWhere(filter)}>
          {label}
        </MuiLink>
      </TableCell>
      <TableCell align="right">{count ?? '…'}</TableCell>
    </TableRow>
  );
};

/** Open cases by status, and the ones assigned to me. */
export const OpenCases = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ resource: 'cases', action: 'list' });
  if (!canAccess) return null;
  return (
    <Card data-testid="open-cases" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('crm.dashboard.open_cases')}
        </Typography>
        <Table size="small">
          <TableBody>
            {OPEN_CASE_STATUSES.map((status) => (
              <Row
                key={status}
                label={translate(`crm.choices.caseStatus.${status}`)}
                filter={{ status }}
                testId={`open-cases-${status}`}
              />
            ))}
            {identity?.id ? (
              <Row
                label={translate('crm.cases.mine')}
                filter={{ open: true, assignedUserId: identity.id }}
                testId="open-cases-mine"
              />
            ) : null}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
