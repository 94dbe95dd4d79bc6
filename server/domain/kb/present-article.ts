import { hiddenFields } from '../access/check';
import type { Ctx } from '../context';
import { type ArticleRow, effectiveStatus, KB_ENTITY, todayOf } from './article-type';

/** The API shape: an expired Published article says Archived; fields the roles hide are left out. */
export function presentArticle(ctx: Ctx, row: ArticleRow): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row, status: effectiveStatus(row, todayOf(ctx)) };
  for (const f of hiddenFields(ctx.actor, KB_ENTITY)) delete out[f];
  return out;
}
