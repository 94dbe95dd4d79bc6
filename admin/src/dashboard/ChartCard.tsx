import { Alert, Box, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;

interface Props {
  title: string;
  testId: string;
  isPending: boolean;
  error: unknown;
  empty: boolean;
  children: ReactNode;
  dataAttributes?: Record<string, string | number>;
}

/** A titled card with loading, error and empty states around a chart. */
export const ChartCard = (props: Props) => {
  const { title, testId, isPending, error, empty, children, dataAttributes } = props;
  const translate = useTranslate();
  return (
    <Card data-testid={testId} aria-label={title} role="region" {...dataAttributes} sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {isPending ? <CircularProgress size={24} /> : null}
        {error ? <Alert severity="error">{translate('crm.dashboard.error')}</Alert> : null}
        {!isPending && !error && empty ? (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.dashboard.no_data')}
          </Typography>
        ) : null}
        {!isPending && !error && !empty ? (
          <Box sx={{ position: 'relative', height: 300 }}>{children}</Box>
        ) : null}
      </CardContent>
    </Card>
  );
};
