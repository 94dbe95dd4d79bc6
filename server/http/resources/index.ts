import type { ResourceHandlers } from '../simple-rest';
import { accountsResource } from './accounts';
import { casesResource } from './cases';
import { contactsResource } from './contacts';
import { invoicesResource, quotesResource, salesOrdersResource } from './documents';
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
};
