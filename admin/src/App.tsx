import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { Layout } from './Layout';
import { LoginPage } from './LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import accounts from './resources/accounts';
import assignmentRules from './resources/assignment-rules';
import cases from './resources/cases';
import contacts from './resources/contacts';
import { invoices, quotes, salesOrders } from './resources/documents';
import emailAccounts from './resources/email-accounts';
import emails, { QuarantineList } from './resources/emails';
import kbArticles from './resources/kb-articles';
import kbCategories from './resources/kb-categories';
import leadCaptureKeys from './resources/lead-capture-keys';
import leads from './resources/leads';
import opportunities, { OpportunityBoard } from './resources/opportunities';
import pdfTemplates from './resources/pdf-templates';
import productCategories from './resources/product-categories';
import products from './resources/products';
import roles from './resources/roles';
import teams from './resources/teams';
import users from './resources/users';
import { StageSettingsPage } from './settings/StageSettingsPage';

export const App = () => (
  <Admin
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    title="CRM"
    requireAuth
    disableTelemetry
  >
    <Resource name="leads" {...leads} />
    <Resource name="accounts" {...accounts} />
    <Resource name="contacts" {...contacts} />
    <Resource name="opportunities" {...opportunities}>
      <Route path="board" element={<OpportunityBoard />} />
    </Resource>
    <Resource name="cases" {...cases} />
    <Resource name="kb-articles" {...kbArticles} />
    <Resource name="kb-categories" {...kbCategories} />
    <Resource name="emails" {...emails}>
      <Route path="quarantine" element={<QuarantineList />} />
    </Resource>
    <Resource name="email-accounts" {...emailAccounts} />
    <Resource name="assignment-rules" {...assignmentRules} />
    <Resource name="products" {...products} />
    <Resource name="product-categories" {...productCategories} />
    <Resource name="quotes" {...quotes} />
    <Resource name="sales-orders" {...salesOrders} />
    <Resource name="invoices" {...invoices} />
    <Resource name="notes" />
    <Resource name="users" {...users} />
    <Resource name="teams" {...teams} />
    <Resource name="roles" {...roles} />
    <Resource name="lead-capture-keys" {...leadCaptureKeys} />
    <Resource name="pdf-templates" {...pdfTemplates} />
    <Resource name="settings" />
    <CustomRoutes>
      <Route path="/settings/stages" element={<StageSettingsPage />} />
    </CustomRoutes>
  </Admin>
);
