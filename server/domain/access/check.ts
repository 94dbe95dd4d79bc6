import { arrayOverlaps, eq, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { Forbidden } from '../errors';
import type { Actor } from './actor';
import type { AccessLevel, Action } from './levels';

/**
 * The one place where roles are enforced. Every domain function of every area calls these, so
 * REST, Slack, mail and the portal obey the same rules.
 */

export interface Owned {
  assignedUserId: string | null;
  createdById: string | null;
  teamsIds: string[];
}

export function levelFor(actor: Actor, entityType: string, action: Action): AccessLevel {
  if (actor.isAdmin) return 'all';
  return actor.permissions[entityType]?.[action] ?? 'no';
}

export function canCreate(actor: Actor, entityType: string): boolean {
  return actor.isAdmin || actor.permissions[entityType]?.create === 'yes';
}

export function assertCreate(actor: Actor, entityType: string): void {
  if (!canCreate(actor, entityType)) {
    throw new Forbidden(`You may not create records of type ${entityType}.`);
  }
}

const isOwn = (actor: Actor, r: Owned) =>
  actor.id !== null && (r.assignedUserId === actor.id || r.createdById === actor.id);

export function canOnRecord(actor: Actor, entityType: string, action: Action, r: Owned): boolean {
  const level = levelFor(actor, entityType, action);
  if (level === 'all') return true;
  if (level === 'no') return false;
  if (isOwn(actor, r)) return true;
  return level === 'team' && r.teamsIds.some((t) => actor.teamIds.includes(t));
}

export function assertOnRecord(actor: Actor, entityType: string, action: Action, r: Owned): void {
  if (!canOnRecord(actor, entityType, action, r)) {
    throw new Forbidden(`You may not ${action} this ${entityType}.`);
  }
}

/** Admin-only areas: users, teams, roles, settings, lead-capture keys. */
export function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new Forbidden('Only administrators may do that.');
}

export interface OwnedColumns {
  assignedUserId: AnyPgColumn;
  createdById: AnyPgColumn;
  teamsIds: AnyPgColumn;
}

/**
 * The SQL condition restricting a list to what the actor may see, or undefined for everything.
 * Throws when the actor may see nothing of this type.
 */
export function scopeCondition(
  actor: Actor,
  entityType: string,
  action: Action,
  cols: OwnedColumns,
): SQL | undefined {
  const level = levelFor(actor, entityType, action);
  if (level === 'all') return undefined;
  if (level === 'no') throw new Forbidden(`You may not ${action} records of type ${entityType}.`);
  const id = actor.id ?? '00000000-0000-0000-0000-000000000000';
  const own = or(eq(cols.assignedUserId, id), eq(cols.createdById, id));
  if (level === 'own' || actor.teamIds.length === 0) return own;
  return or(own, arrayOverlaps(cols.teamsIds, actor.teamIds));
}

/** Fields this actor may not see, per the roles' field-level rules. */
export function hiddenFields(actor: Actor, entityType: string): string[] {
  if (actor.isAdmin) return [];
  const f = actor.fieldPermissions[entityType] ?? {};
  return Object.entries(f)
    .filter(([, v]) => v.read === 'no')
    .map(([k]) => k);
}

/** Fields this actor may not change. */
export function readOnlyFields(actor: Actor, entityType: string): string[] {
  if (actor.isAdmin) return [];
  const f = actor.fieldPermissions[entityType] ?? {};
  return Object.entries(f)
    .filter(([, v]) => v.edit === 'no' || v.read === 'no')
    .map(([k]) => k);
}
