import { eq, or, type SQL } from 'drizzle-orm';
import { kbArticles } from '../../../db/schema';
import type { Actor } from '../access/actor';
import { assertCreate, canOnRecord, levelFor, type Owned } from '../access/check';
import type { Ctx } from '../context';
import { Forbidden } from '../errors';
import { type ArticleRow, isLive, KB_ENTITY, liveCondition, todayOf } from './article-type';

/**
 * Articles are governed by the role entity `KnowledgeBaseArticle` (create; read/edit/delete
 * levels). An article has no assignee and no teams: `own` means created by the user, and `team`
 * gives the same as `own`. Live (published, unexpired) articles are readable by every user: agents
 * need them to answer customers whatever their role says about drafts.
 */
const owned = (row: ArticleRow): Owned => ({
  assignedUserId: null,
  createdById: row.createdById,
  teamsIds: [],
});

export function canOnArticle(
  ctx: Ctx,
  action: 'read' | 'edit' | 'delete',
  row: ArticleRow,
): boolean {
  if (action === 'read' && isLive(row, todayOf(ctx))) return true;
  return canOnRecord(ctx.actor, KB_ENTITY, action, owned(row));
}

export function assertOnArticle(ctx: Ctx, action: 'read' | 'edit' | 'delete', row: ArticleRow) {
  if (!canOnArticle(ctx, action, row)) {
    throw new Forbidden(`You may not ${action} this article.`);
  }
}

export const assertCreateArticle = (actor: Actor) => assertCreate(actor, KB_ENTITY);

/** The list condition: everything, or the live articles plus the user's own. */
export function articleReadScope(ctx: Ctx): SQL | undefined {
  const level = levelFor(ctx.actor, KB_ENTITY, 'read');
  if (level === 'all') return undefined;
  const live = liveCondition(todayOf(ctx));
  if (level === 'no' || !ctx.actor.id) return live;
  return or(live, eq(kbArticles.createdById, ctx.actor.id));
}

/** Whether the user manages the category tree: whoever may create articles. */
export function assertManageKbCategories(actor: Actor) {
  if (!actor.isAdmin && actor.permissions[KB_ENTITY]?.create !== 'yes') {
    throw new Forbidden('You may not change knowledge-base categories.');
  }
}
