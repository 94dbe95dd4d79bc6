import { eq } from 'drizzle-orm';
import { kbArticles, kbCategories } from '../../../db/schema';
import { type Ctx, inTransaction } from '../context';
import { Invalid, NotFound } from '../errors';
import { assertWritable } from '../shared/records';
import { assertExisting } from '../shared/refs';
import { parseInput } from '../shared/validate';
import { assertCreateArticle } from './article-access';
import { articleCreateInput, articleUpdateInput } from './article-input';
import { findArticle } from './article-queries';
import { type ArticleRow, KB_ENTITY, todayOf } from './article-type';
import { presentArticle } from './present-article';

type Dates = Pick<ArticleRow, 'status' | 'publishDate' | 'expirationDate'>;

/**
 * The dates must make sense together: it expires on or after it is published, and it cannot be
 * published with an expiration date already past (it would be archived at once).
 */
function assertDates(ctx: Ctx, a: Dates, publishing: boolean) {
  if (a.publishDate && a.expirationDate && a.expirationDate < a.publishDate) {
    throw new Invalid({
      expirationDate: 'The expiration date must be on or after the publish date.',
    });
  }
  if (
    publishing &&
    a.status === 'Published' &&
    a.expirationDate &&
    a.expirationDate < todayOf(ctx)
  ) {
    throw new Invalid({
      expirationDate: 'This date has passed: a published article would be archived at once.',
    });
  }
}

export async function createArticle(ctx: Ctx, input: unknown) {
  assertCreateArticle(ctx.actor);
  const data = parseInput(articleCreateInput, input);
  assertWritable(ctx, KB_ENTITY, data);
  assertDates(
    ctx,
    {
      status: data.status ?? 'Draft',
      publishDate: data.publishDate ?? null,
      expirationDate: data.expirationDate ?? null,
    },
    true,
  );
  await assertExisting(ctx, 'categoriesIds', kbCategories, data.categoriesIds, 'category');
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(kbArticles)
    .values({
      ...data,
      createdById: ctx.actor.id,
      modifiedById: ctx.actor.id,
      createdAt: now,
      modifiedAt: now,
    })
    .returning();
  return presentArticle(ctx, row!);
}

/** A partial update; react-admin resends whole records, so unchanged fields are harmless. */
export async function updateArticle(ctx: Ctx, id: string, input: unknown) {
  const patch = parseInput(articleUpdateInput, input);
  await assertExisting(ctx, 'categoriesIds', kbCategories, patch.categoriesIds, 'category');
  return inTransaction(ctx, async (tx) => {
    const before = await findArticle(tx, id, 'edit');
    const changed = Object.fromEntries(
      Object.entries(patch).filter(
        ([k, v]) =>
          v !== undefined &&
          JSON.stringify(v) !== JSON.stringify((before as Record<string, unknown>)[k] ?? null),
      ),
    );
    assertWritable(tx, KB_ENTITY, changed);
    const after = { ...before, ...changed } as ArticleRow;
    assertDates(tx, after, 'status' in changed || 'expirationDate' in changed);
    if (!Object.keys(changed).length) return presentArticle(tx, before);
    const [row] = await tx.db
      .update(kbArticles)
      .set({ ...changed, modifiedById: tx.actor.id, modifiedAt: tx.clock.now() })
      .where(eq(kbArticles.id, id))
      .returning();
    if (!row) throw new NotFound('Article');
    return presentArticle(tx, row);
  });
}
