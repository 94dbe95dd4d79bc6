import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar } from 'react-admin';

/** The toolbar of a filterable list: anything extra first, then Filter, Create and Export. */
export const ListActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    {children}
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);
