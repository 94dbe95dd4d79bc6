import StagesIcon from '@mui/icons-material/Tune';
import BoardIcon from '@mui/icons-material/ViewKanban';
import type { ReactNode } from 'react';
import { CanAccess, Menu, Layout as RaLayout, useTranslate } from 'react-admin';

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
