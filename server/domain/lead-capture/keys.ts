import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { leadCaptureKeys, teams } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';
import { Invalid, NotFound } from '../errors';
import type { FieldMap, ListQuery } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { parseInput } from '../shared/validate';
import { keyCreateInput, keyUpdateInput } from './key-input';

/** Capture keys are admin-only; the apiKey is not secret (it sits in public forms) but unguessable. */
export type CaptureKey = typeof leadCaptureKeys.$inferSelect;

const newApiKey = () => randomBytes(32).toString('base64url');

const fields: FieldMap = {
  id: { column: leadCaptureKeys.id, kind: 'uuid' },
  name: { column: leadCaptureKeys.name, kind: 'text' },
  leadSource: { column: leadCaptureKeys.leadSource, kind: 'text' },
  teamId: { column: leadCaptureKeys.teamId, kind: 'uuid' },
  isActive: { column: leadCaptureKeys.isActive, kind: 'boolean' },
  mergeDuplicates: { column: leadCaptureKeys.mergeDuplicates, kind: 'boolean' },
  createdAt: { column: leadCaptureKeys.createdAt, kind: 'timestamp' },
  modifiedAt: { column: leadCaptureKeys.modifiedAt, kind: 'timestamp' },
};

async function assertTeam(ctx: Ctx, teamId: string | null | undefined) {
  if (!teamId) return;
  const [t] = await ctx.db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!t) throw new Invalid({ teamId: 'No such team.' });
}

export async function listCaptureKeys(ctx: Ctx, query: ListQuery) {
  assertAdmin(ctx.actor);
  return listTable<CaptureKey>(
    ctx,
    {
      table: leadCaptureKeys,
      fields,
      search: [leadCaptureKeys.name],
      defaultSort: ['name', 'ASC'],
    },
    query,
  );
}

export async function getCaptureKey(ctx: Ctx, id: string): Promise<CaptureKey> {
  assertAdmin(ctx.actor);
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound('Lead capture key');
  const [row] = await ctx.db.select().from(leadCaptureKeys).where(eq(leadCaptureKeys.id, id));
  if (!row) throw new NotFound('Lead capture key');
  return row;
}

export async function createCaptureKey(ctx: Ctx, input: unknown) {
  assertAdmin(ctx.actor);
  const data = parseInput(keyCreateInput, input);
  await assertTeam(ctx, data.teamId);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(leadCaptureKeys)
    .values({ ...data, apiKey: newApiKey(), createdAt: now, modifiedAt: now })
    .returning();
  return row!;
}

/** apiKey is read-only here (anything sent is ignored): see regenerateCaptureKey. */
export async function updateCaptureKey(ctx: Ctx, id: string, input: unknown) {
  await getCaptureKey(ctx, id);
  const data = parseInput(keyUpdateInput, input);
  await assertTeam(ctx, data.teamId);
  const [row] = await ctx.db
    .update(leadCaptureKeys)
    .set({ ...data, modifiedAt: ctx.clock.now() })
    .where(eq(leadCaptureKeys.id, id))
    .returning();
  if (!row) throw new NotFound('Lead capture key');
  return row;
}

/** A leaked or abused key is replaced; forms using the old one then get 404. */
export async function regenerateCaptureKey(ctx: Ctx, id: string) {
  await getCaptureKey(ctx, id);
  const [row] = await ctx.db
    .update(leadCaptureKeys)
    .set({ apiKey: newApiKey(), modifiedAt: ctx.clock.now() })
    .where(eq(leadCaptureKeys.id, id))
    .returning();
  if (!row) throw new NotFound('Lead capture key');
  return row;
}

export async function deleteCaptureKey(ctx: Ctx, id: string) {
  const row = await getCaptureKey(ctx, id);
  await ctx.db.delete(leadCaptureKeys).where(eq(leadCaptureKeys.id, id));
  return row;
}
