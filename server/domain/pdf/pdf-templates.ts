import { and, eq, inArray, ne } from 'drizzle-orm';
import { pdfTemplates } from '../../../db/schema';
import { assertAdmin, levelFor } from '../access/check';
import { type Ctx, inTransaction } from '../context';
import { Forbidden, NotFound } from '../errors';
import type { FieldMap, ListQuery } from '../shared/list-query';
import { listTable } from '../shared/list-table';
import { parseInput } from '../shared/validate';
import { assertParses } from './liquid';
import {
  PDF_ENTITY_TYPES,
  type PdfLanguage,
  templateCreateInput,
  templateUpdateInput,
} from './template-input';

/** Templates are admin-kept; whoever may read quotes (orders, invoices) may read their templates. */
export type PdfTemplate = typeof pdfTemplates.$inferSelect;

const fields: FieldMap = {
  id: { column: pdfTemplates.id, kind: 'uuid' },
  name: { column: pdfTemplates.name, kind: 'text' },
  entityType: { column: pdfTemplates.entityType, kind: 'text' },
  language: { column: pdfTemplates.language, kind: 'text' },
  isDefault: { column: pdfTemplates.isDefault, kind: 'boolean' },
  createdAt: { column: pdfTemplates.createdAt, kind: 'timestamp' },
  modifiedAt: { column: pdfTemplates.modifiedAt, kind: 'timestamp' },
};

const readableTypes = (ctx: Ctx) =>
  PDF_ENTITY_TYPES.filter((t) => levelFor(ctx.actor, t, 'read') !== 'no');

export async function listPdfTemplates(ctx: Ctx, query: ListQuery) {
  const types = readableTypes(ctx);
  if (!types.length) throw new Forbidden('You may not read PDF templates.');
  return listTable<PdfTemplate>(
    ctx,
    { table: pdfTemplates, fields, search: [pdfTemplates.name], defaultSort: ['name', 'ASC'] },
    query,
    [ctx.actor.isAdmin ? undefined : inArray(pdfTemplates.entityType, types)],
  );
}

export async function getPdfTemplate(ctx: Ctx, id: string): Promise<PdfTemplate> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFound('PDF template');
  const [row] = await ctx.db.select().from(pdfTemplates).where(eq(pdfTemplates.id, id));
  if (!row) throw new NotFound('PDF template');
  if (levelFor(ctx.actor, row.entityType, 'read') === 'no') {
    throw new Forbidden(`You may not read ${row.entityType} templates.`);
  }
  return row;
}

/** One default per entity type and language: the new default clears the others. */
async function clearOtherDefaults(ctx: Ctx, row: PdfTemplate) {
  if (!row.isDefault) return;
  await ctx.db
    .update(pdfTemplates)
    .set({ isDefault: false })
    .where(
      and(
        eq(pdfTemplates.entityType, row.entityType),
        eq(pdfTemplates.language, row.language),
        ne(pdfTemplates.id, row.id),
      ),
    );
}

export async function createPdfTemplate(ctx: Ctx, input: unknown) {
  assertAdmin(ctx.actor);
  const data = parseInput(templateCreateInput, input);
  assertParses(data.language, data);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(pdfTemplates)
      .values({ ...data, createdAt: now, modifiedAt: now })
      .returning();
    await clearOtherDefaults(tx, row!);
    return row!;
  });
}

export async function updatePdfTemplate(ctx: Ctx, id: string, input: unknown) {
  assertAdmin(ctx.actor);
  const before = await getPdfTemplate(ctx, id);
  const data = parseInput(templateUpdateInput, input);
  assertParses((data.language ?? before.language) as PdfLanguage, data);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .update(pdfTemplates)
      .set({ ...data, modifiedAt: ctx.clock.now() })
      .where(eq(pdfTemplates.id, id))
      .returning();
    if (!row) throw new NotFound('PDF template');
    await clearOtherDefaults(tx, row);
    return row;
  });
}

export async function deletePdfTemplate(ctx: Ctx, id: string) {
  assertAdmin(ctx.actor);
  const row = await getPdfTemplate(ctx, id);
  await ctx.db.delete(pdfTemplates).where(eq(pdfTemplates.id, id));
  return row;
}

/** The stored default for a type and language, if an admin chose one. */
export async function findDefaultTemplate(ctx: Ctx, entityType: string, lang: PdfLanguage) {
  const [row] = await ctx.db
    .select()
    .from(pdfTemplates)
    .where(
      and(
        eq(pdfTemplates.entityType, entityType),
        eq(pdfTemplates.language, lang),
        eq(pdfTemplates.isDefault, true),
      ),
    )
    .limit(1);
  return row;
}
