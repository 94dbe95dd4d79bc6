import { and, eq, ne } from 'drizzle-orm';
import { assignmentRules, teams } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import { type Ctx, inTransaction } from '../context';
import { Conflict, Invalid, NotFound } from '../errors';
import { assertActiveUsers } from '../shared/fields';
import type { FieldMap, ListQuery } from '../shared/list-query';
import { UUID } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { assertExisting } from '../shared/refs';
import { parseInput } from '../shared/validate';
import { pgErrorCode } from '../users/checks';
import { ruleCreateInput, ruleUpdateInput } from './rule-input';

/** Assignment rules are admin-only (like every other setting). */
export type AssignmentRule = typeof assignmentRules.$inferSelect;

const fields: FieldMap = {
  id: { column: assignmentRules.id, kind: 'uuid' },
  name: { column: assignmentRules.name, kind: 'text' },
  entityType: { column: assignmentRules.entityType, kind: 'text' },
  method: { column: assignmentRules.method, kind: 'text' },
  teamId: { column: assignmentRules.teamId, kind: 'uuid' },
  assignToUserId: { column: assignmentRules.assignToUserId, kind: 'uuid' },
  lastAssignedUserId: { column: assignmentRules.lastAssignedUserId, kind: 'uuid' },
  isActive: { column: assignmentRules.isActive, kind: 'boolean' },
  createdAt: { column: assignmentRules.createdAt, kind: 'timestamp' },
  modifiedAt: { column: assignmentRules.modifiedAt, kind: 'timestamp' },
};

type RuleShape = Pick<
  AssignmentRule,
  'name' | 'entityType' | 'method' | 'teamId' | 'assignToUserId' | 'isActive'
>;

/** Each method needs its own target: a user for Direct, a team for the others. */
async function assertComplete(ctx: Ctx, r: RuleShape) {
  if (r.method === 'Direct') {
    if (!r.assignToUserId) throw new Invalid({ assignToUserId: 'Choose the user to assign to.' });
    await assertActiveUsers(ctx, 'assignToUserId', [r.assignToUserId]);
  } else {
    if (!r.teamId) throw new Invalid({ teamId: `Choose the team whose members take turns.` });
    await assertExisting(ctx, 'teamId', teams, [r.teamId], 'team');
  }
}

const oneActive = (entityType: string, name: string) =>
  new Conflict(
    `The ${entityType} rule "${name}" is already active: only one rule per type can be active. Deactivate it first.`,
  );

/**
 * ★ One active rule per type, refused with 409 rather than silently deactivating the other rule
 * (an admin would not notice that the old rule stopped). The partial unique index settles races.
 */
async function assertOnlyActive(ctx: Ctx, r: RuleShape, exceptId: string | null) {
  if (!r.isActive) return;
  const [other] = await ctx.db
    .select({ name: assignmentRules.name })
    .from(assignmentRules)
    .where(
      and(
        eq(assignmentRules.entityType, r.entityType),
        eq(assignmentRules.isActive, true),
        exceptId ? ne(assignmentRules.id, exceptId) : undefined,
      ),
    );
  if (other) throw oneActive(r.entityType, other.name);
}

async function saving<T>(r: RuleShape, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (pgErrorCode(e) === '23505') throw oneActive(r.entityType, 'another');
    throw e;
  }
}

export async function listAssignmentRules(ctx: Ctx, query: ListQuery) {
  assertAdmin(ctx.actor);
  return listTable<AssignmentRule>(
    ctx,
    {
      table: assignmentRules,
      fields,
      search: [assignmentRules.name],
      defaultSort: ['name', 'ASC'],
    },
    query,
  );
}

export async function getAssignmentRule(ctx: Ctx, id: string): Promise<AssignmentRule> {
  assertAdmin(ctx.actor);
  if (!UUID.test(id)) throw new NotFound('Assignment rule');
  const [row] = await ctx.db.select().from(assignmentRules).where(eq(assignmentRules.id, id));
  if (!row) throw new NotFound('Assignment rule');
  return row;
}

export async function createAssignmentRule(ctx: Ctx, input: unknown) {
  assertAdmin(ctx.actor);
  const data = parseInput(ruleCreateInput, input);
  await assertComplete(ctx, data);
  await assertOnlyActive(ctx, data, null);
  const now = ctx.clock.now();
  const [row] = await saving(data, () =>
    ctx.db
      .insert(assignmentRules)
      .values({ ...data, createdAt: now, modifiedAt: now })
      .returning(),
  );
  return row!;
}

/** Changing the type or method starts the Round-Robin turn afresh; the rest keeps it. */
export async function updateAssignmentRule(ctx: Ctx, id: string, input: unknown) {
  const before = await getAssignmentRule(ctx, id);
  const patch = parseInput(ruleUpdateInput, input);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const after: RuleShape = { ...before, ...defined };
  await assertComplete(ctx, after);
  await assertOnlyActive(ctx, after, id);
  const restart = after.entityType !== before.entityType || after.method !== before.method;
  const [row] = await saving(after, () =>
    ctx.db
      .update(assignmentRules)
      .set({
        ...defined,
        ...(restart ? { lastAssignedUserId: null } : {}),
        modifiedAt: ctx.clock.now(),
      })
      .where(eq(assignmentRules.id, id))
      .returning(),
  );
  if (!row) throw new NotFound('Assignment rule');
  return row;
}

export async function deleteAssignmentRule(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await getAssignmentRule(tx, id);
    await tx.db.delete(assignmentRules).where(eq(assignmentRules.id, id));
    return row;
  });
}
