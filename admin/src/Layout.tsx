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

const CrmMenu = () => {
  const translate = useTranslate();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="leads" />
      <Menu.ResourceItem name="accounts" />
      <Menu.ResourceItem name="contacts" />
      <Menu.ResourceItem name="opportunities" />
      <CanAccess resource="opportunities" action="list">
        <Menu.Item
          to="/opportunities/board"
          primaryText={translate('crm.menu.board')}
          leftIcon={<BoardIcon />}
        />
      </CanAccess>
      <Menu.ResourceItem name="products" />
      <Menu.ResourceItem name="product-categories" />
      <Menu.ResourceItem name="quotes" />
      <Menu.ResourceItem name="sales-orders" />
      <Menu.ResourceItem name="invoices" />
      <CanAccess resource="cases" action="list">
        <MenuSection label="crm.menu.support" />
      </CanAccess>
      <Menu.ResourceItem name="cases" />
      <Menu.ResourceItem name="kb-articles" />
      <Menu.ResourceItem name="kb-categories" />
      <CanAccess resource="emails" action="list">
        <Menu.Item
          to="/emails/quarantine"
          primaryText={translate('crm.menu.quarantine')}
          leftIcon={<QuarantineIcon />}
        />
      </CanAccess>
      <Menu.ResourceItem name="emails" />
      <Menu.ResourceItem name="email-accounts" />
      <Menu.ResourceItem name="assignment-rules" />
      <CanAccess resource="users" action="list">
        <MenuSection label="crm.menu.administration" />
      </CanAccess>
      <Menu.ResourceItem name="users" />
      <Menu.ResourceItem name="teams" />
      <Menu.ResourceItem name="roles" />
      <Menu.ResourceItem name="lead-capture-keys" />
      <Menu.ResourceItem name="pdf-templates" />
      <CanAccess resource="settings" action="edit">
        <Menu.Item
          to="/settings/stages"
          primaryText={translate('crm.menu.stages')}
          leftIcon={<StagesIcon />}
        />
      </CanAccess>
    </Menu>
  );
};

/** react-admin's layout; the app bar shows the locale switcher (two locales are declared). */
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout menu={CrmMenu}>{children}</RaLayout>
);
