import { Grid, Stack } from '@mui/material';
import { Children, isValidElement, type ReactNode } from 'react';
import { Labeled } from 'react-admin';

interface FieldGridProps {
  children: ReactNode;
  /** sources shown across both columns */
  wide?: string[];
}

/** Show-page fields in two columns, each with its translated label. */
export const FieldGrid = ({ children, wide = ['description'] }: FieldGridProps) => (
  <Grid container spacing={2}>
    {Children.toArray(children)
      .filter(isValidElement)
      .map((child) => (
        <Grid
          key={child.key}
          size={{
            xs: 12,
            sm: wide.includes((child.props as { source?: string }).source ?? '') ? 12 : 6,
          }}
        >
          <Labeled>{child}</Labeled>
        </Grid>
      ))}
  </Grid>
);

/** Form inputs side by side on wide screens. */
export const FormRow = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
    {children}
  </Stack>
);
