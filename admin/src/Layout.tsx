import QuarantineIcon from '@mui/icons-material/GppMaybe';
import StagesIcon from '@mui/icons-material/Tune';
import BoardIcon from '@mui/icons-material/ViewKanban';
import { ListSubheader } from '@mui/material';
import type { ReactNode } from 'react';
import { CanAccess, Menu, Layout as RaLayout, useSidebarState, useTranslate } from 'react-admin';

/** A group title in the menu; hidden when the sidebar is collapsed to icons. */
const MenuSection = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  if (!open) return null;
  return (
    <ListSubheader
      disableSticky
      sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent', textTransform: 'uppercase' }}
    >
      {translate(label)}
    </ListSubheader>
  );
};

type Access = { resource: string; action: string };

/** The menu in order: a resource, a section title, or a page that is not a resource. */
type Entry =
  | string
  | { section: string; access: Access }
  | { to: string; label: string; icon: ReactNode; access: Access };

const MENU: Entry[] = [
  'leads',
  'accounts',
  'contacts',
  'opportunities',
  {
    to: '/opportunities/board',
    label: 'crm.menu.board',
    icon: <BoardIcon />,
    access: { resource: 'opportunities', action: 'list' },
  },
  'products',
  'product-categories',
  'quotes',
  'sales-orders',
  'invoices',
  { section: 'crm.menu.support', access: { resource: 'cases', action: 'list' } },
  'cases',
  'kb-articles',
  'kb-categories',
  {
    to: '/emails/quarantine',
    label: 'crm.menu.quarantine',
    icon: <QuarantineIcon />,
    access: { resource: 'emails', action: 'list' },
  },
  'emails',
  'email-accounts',
  'assignment-rules',
  { section: 'crm.menu.administration', access: { resource: 'users', action: 'list' } },
  'users',
  'teams',
  'roles',
  'lead-capture-keys',
  'pdf-templates',
  {
    to: '/settings/stages',
    label: 'crm.menu.stages',
    icon: <StagesIcon />,
    access: { resource: 'settings', action: 'edit' },
  },
];

const CrmMenu = () => {
  const translate = useTranslate();
  return (
    <Menu>
      <Menu.DashboardItem />
      {MENU.map((entry) => {
        if (typeof entry === 'string') return <Menu.ResourceItem key={entry} name={entry} />;
        const key = 'section' in entry ? entry.section : entry.to;
        return (
          <CanAccess key={key} resource={entry.access.resource} action={entry.access.action}>
            {'section' in entry ? (
              <MenuSection label={entry.section} />
            ) : (
              <Menu.Item to={entry.to} primaryText={translate(entry.label)} leftIcon={entry.icon} />
            )}
          </CanAccess>
        );
      })}
    </Menu>
  );
};

/** react-admin's layout; the app bar shows the locale switcher (two locales are declared). */
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={CrmMenu}>{children}</RaLayout>
);
