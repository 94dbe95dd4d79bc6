import type {
  AccessLevel,
  EntityPermission,
  FieldPermissions,
  Permissions,
} from '../../../db/schema/users';

export type { AccessLevel, EntityPermission, FieldPermissions, Permissions };
export type Action = 'read' | 'edit' | 'delete' | 'stream';

/** Entity types a role can grant (later areas add theirs here). */
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

const rank: Record<AccessLevel, number> = { no: 0, own: 1, team: 2, all: 3 };
const ACTIONS: Action[] = ['read', 'edit', 'delete', 'stream'];

const maxLevel = (a: AccessLevel | undefined, b: AccessLevel | undefined): AccessLevel => {
  const x = a ?? 'no';
  const y = b ?? 'no';
  return rank[x] >= rank[y] ? x : y;
};

/** Merges roles to the most permissive level per entity type and action (domain.md). */
export function mergePermissions(list: Permissions[]): Permissions {
  const out: Permissions = {};
  for (const perms of list) {
    for (const [entity, p] of Object.entries(perms)) {
      const cur: EntityPermission = out[entity] ?? {};
      cur.create = cur.create === 'yes' || p.create === 'yes' ? 'yes' : 'no';
      for (const a of ACTIONS) cur[a] = maxLevel(cur[a], p[a]);
      out[entity] = cur;
    }
  }
  return out;
}

/**
 * A field stays hidden or read-only only if every role says so: merging is most permissive,
 * like entity levels.
 */
export function mergeFieldPermissions(list: FieldPermissions[]): FieldPermissions {
  const out: FieldPermissions = {};
  const count: Record<string, { read: number; edit: number }> = {};
  for (const perms of list) {
    for (const [entity, fields] of Object.entries(perms)) {
      for (const [field, f] of Object.entries(fields)) {
        const k = `${entity}.${field}`;
        const c = count[k] ?? { read: 0, edit: 0 };
        if (f.read === 'no') c.read++;
        if (f.edit === 'no' || f.read === 'no') c.edit++;
        count[k] = c;
      }
    }
  }
  for (const [k, c] of Object.entries(count)) {
    const [entity, field] = k.split('.') as [string, string];
    const entry: { read?: 'yes' | 'no'; edit?: 'yes' | 'no' } = {};
    if (c.read === list.length) entry.read = 'no';
    if (c.edit === list.length) entry.edit = 'no';
    if (entry.read || entry.edit) out[entity] = { ...out[entity], [field]: entry };
  }
  return out;
}

export const isAccessLevel = (v: unknown): v is AccessLevel => typeof v === 'string' && v in rank;
