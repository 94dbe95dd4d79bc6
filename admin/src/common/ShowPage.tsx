import type { SxProps } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Show, TopToolbar, useTranslate } from 'react-admin';
import { FieldGrid } from './FieldGrid';
import { Section } from './ShowColumns';

/** A record's show page: its own buttons (if any) then Edit, over cards laid out by the caller. */
export const ShowPage = ({
  actions,
  sx,
  children,
}: {
  actions?: ReactNode;
  sx?: SxProps;
  children: ReactNode;
}) => (
  <Show
    actions={
      <TopToolbar>
        {actions}
        <EditButton />
      </TopToolbar>
    }
    component="div"
    sx={sx}
  >
    {children}
  </Show>
);

/** The "Details" card: a grid of the record's fields. */
export const DetailsSection = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('crm.common.details')}>
      <FieldGrid>{children}</FieldGrid>
    </Section>
  );
};
