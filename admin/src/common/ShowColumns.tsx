import { Card, CardContent, Grid, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/** Main card(s) on the left, the stream on the right (the CRM example's Show layout). */
export const ShowColumns = ({ main, aside }: { main: ReactNode; aside: ReactNode }) => (
  <Grid container spacing={2} sx={{ mt: 1 }}>
    <Grid size={{ xs: 12, md: 7 }}>{main}</Grid>
    <Grid size={{ xs: 12, md: 5 }}>{aside}</Grid>
  </Grid>
);

export const Section = ({ title, children }: { title?: ReactNode; children: ReactNode }) => (
  <Card sx={{ mb: 2 }}>
    <CardContent>
      {title ? (
        <Typography variant="h6" gutterBottom>
          {title}
        </Typography>
      ) : null}
      {children}
    </CardContent>
  </Card>
);
