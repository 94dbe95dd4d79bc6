import type { ResourceHandlers } from '../simple-rest';
import { accountsResource } from './accounts';
import { assignmentRulesResource } from './assignment-rules';
import { casesResource } from './cases';
import { contactsResource } from './contacts';
import { invoicesResource, quotesResource, salesOrdersResource } from './documents';
import { emailAccountsResource } from './email-accounts';
import { emailsResource } from './emails';
import { kbArticlesResource, kbCategoriesResource } from './kb';
import { leadCaptureKeysResource } from './lead-capture-keys';
import { leadsResource } from './leads';
import { notesResource } from './notes';
import { opportunitiesResource } from './opportunities';
import { pdfTemplatesResource } from './pdf-templates';
import { productCategoriesResource, productsResource } from './products';
import { rolesResource } from './roles';
import { teamsResource } from './teams';
import { usersResource } from './users';

/** Every ra-data-simple-rest resource: `/api/<name>`. */
export const resources: Record<string, ResourceHandlers> = {
  leads: leadsResource,
  notes: notesResource,
  accounts: accountsResource,
  contacts: contactsResource,
  opportunities: opportunitiesResource,
  cases: casesResource,
  products: productsResource,
  'product-categories': productCategoriesResource,
  quotes: quotesResource,
  'sales-orders': salesOrdersResource,
  invoices: invoicesResource,
  users: usersResource,
  teams: teamsResource,
  roles: rolesResource,
  'lead-capture-keys': leadCaptureKeysResource,
  'pdf-templates': pdfTemplatesResource,
  'email-accounts': emailAccountsResource,
  emails: emailsResource,
  'assignment-rules': assignmentRulesResource,
  'kb-articles': kbArticlesResource,
  'kb-categories': kbCategoriesResource,
};
