export const ENTITY_TYPES = [
  'Lead',
  'Account',
  'Contact',
  'Opportunity',
  'Product',
  'Quote',
  'SalesOrder',
  'Invoice',
  'Case',
  'KnowledgeBaseArticle',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ACCESS_ACTIONS = ['create', 'read', 'edit', 'delete', 'stream'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];
export type AccessLevel = 'all' | 'team' | 'own' | 'no';

export interface EntityPermissions {
  create: 'yes' | 'no';
  read: AccessLevel;
  edit: AccessLevel;
  delete: AccessLevel;
  stream: AccessLevel;
}

export type PermissionMatrix = Partial<Record<EntityType, EntityPermissions>>;

export interface Permissions {
  isAdmin: boolean;
  entities: PermissionMatrix;
}

export const RESOURCE_ENTITY: Record<string, EntityType> = {
  leads: 'Lead',
  accounts: 'Account',
  contacts: 'Contact',
  opportunities: 'Opportunity',
  products: 'Product',
  /** shared reference data governed by the Product permissions (server: category-access.ts) */
  'product-categories': 'Product',
  quotes: 'Quote',
  'sales-orders': 'SalesOrder',
  invoices: 'Invoice',
  cases: 'Case',
  'kb-articles': 'KnowledgeBaseArticle',
  /** the article tree is governed by the article permissions */
  'kb-categories': 'KnowledgeBaseArticle',
};

export const ENTITY_RESOURCE: Record<EntityType, string> = {
  Lead: 'leads',
  Account: 'accounts',
  Contact: 'contacts',
  Opportunity: 'opportunities',
  Product: 'products',
  Quote: 'quotes',
  SalesOrder: 'sales-orders',
  Invoice: 'invoices',
  Case: 'cases',
  KnowledgeBaseArticle: 'kb-articles',
};

export const ADMIN_RESOURCES = [
  'users',
  'teams',
  'roles',
  'lead-capture-keys',
  'settings',
  'pdf-templates',
  'email-accounts',
  'emails',
  'assignment-rules',
];

/**
 * What the UI may offer. The server enforces own/team precisely; here we only hide what is
 * never allowed. Unknown resources (e.g. notes) are left to the server.
 */
export const isAllowed = (
  permissions: Permissions | undefined,
  resource: string,
  action: string,
): boolean => {
  if (!permissions) return false;
  if (permissions.isAdmin) return true;
  if (ADMIN_RESOURCES.includes(resource)) return false;
  const entity = RESOURCE_ENTITY[resource];
  if (!entity) return true;
  const perms = permissions.entities?.[entity];
  if (!perms) return false;
  switch (action) {
    case 'list':
    case 'show':
    case 'export':
    case 'read':
      return perms.read !== 'no';
    case 'create':
    case 'clone':
      return perms.create === 'yes';
    case 'edit':
      return perms.edit !== 'no';
    case 'delete':
      return perms.delete !== 'no';
    case 'stream':
      return perms.stream !== 'no';
    default:
      return perms.read !== 'no';
  }
};
