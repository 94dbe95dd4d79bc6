import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from './columns';

/** Access level for one action on one entity type (domain.md, Roles and teams). */
export type AccessLevel = 'all' | 'team' | 'own' | 'no';
export type EntityPermission = {
  create?: 'yes' | 'no';
  read?: AccessLevel;
  edit?: AccessLevel;
  delete?: AccessLevel;
  stream?: AccessLevel;
};
export type Permissions = Record<string, EntityPermission>;
/** Per entity type, per field: hide it (`read: "no"`) or make it read-only (`edit: "no"`). */
export type FieldPermissions = Record<
  string,
  Record<string, { read?: 'yes' | 'no'; edit?: 'yes' | 'no' }>
>;

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    emailAddress: text('email_address').notNull(),
    passwordHash: text('password_hash'),
    isAdmin: boolean('is_admin').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    slackUserId: text('slack_user_id'),
    locale: text('locale').notNull().default('en'),
    createdAt: ts('created_at').notNull().defaultNow(),
    modifiedAt: ts('modified_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.emailAddress})`),
    uniqueIndex('users_slack_unique').on(t.slackUserId),
  ],
);

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  modifiedAt: ts('modified_at').notNull().defaultNow(),
});

/** Membership, with the member's position in the team (e.g. "Manager"). */
export const teamUsers = pgTable(
  'team_users',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: text('position'),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_users_user').on(t.userId)],
);

export const roles = pgTable('roles', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  permissions: jsonb('permissions').$type<Permissions>().notNull().default({}),
  fieldPermissions: jsonb('field_permissions').$type<FieldPermissions>().notNull().default({}),
  createdAt: ts('created_at').notNull().defaultNow(),
  modifiedAt: ts('modified_at').notNull().defaultNow(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);

export const teamRoles = pgTable(
  'team_roles',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.roleId] })],
);

/** Bearer tokens; only a SHA-256 of the token is stored, so a database leak reveals no session. */
export const tokens = pgTable(
  'tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [uniqueIndex('tokens_hash_unique').on(t.tokenHash)],
);

/** Store of rate-limiter-flexible's RateLimiterDrizzle: shared by every process. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: ts('expire'),
});
