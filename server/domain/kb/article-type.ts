import { sql } from 'drizzle-orm';
import { caseArticles, kbArticles, kbSearchText } from '../../../db/schema';
import type { Ctx } from '../context';
import { idsOf } from '../shared/list-query';
import type { TableList } from '../shared/list-table';
import { inKbCategoryTree } from './kb-category-tree';

export type ArticleRow = typeof kbArticles.$inferSelect;

export const ARTICLE_STATUSES = ['Draft', 'In Review', 'Published', 'Archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** The role entity type that governs articles (and their categories). */
export const KB_ENTITY = 'KnowledgeBaseArticle';

/** Today as `YYYY-MM-DD` (UTC), from the context's clock: what publish/expiration dates mean. */
export const todayOf = (ctx: Ctx) => ctx.clock.now().toISOString().slice(0, 10);

/**
 * ★ An article is archived automatically after its expiration date: until the stored status
 * catches up (archiveExpiredArticles), an expired Published article is shown as Archived.
 */
export function effectiveStatus(row: ArticleRow, today: string): string {
  if (row.status === 'Published' && row.expirationDate && row.expirationDate < today) {
    return 'Archived';
  }
  return row.status;
}

/** Published, already (or undated) published and not expired: what every user may read. */
export function isLive(row: ArticleRow, today: string): boolean {
  return (
    effectiveStatus(row, today) === 'Published' && (!row.publishDate || row.publishDate <= today)
  );
}

/** The same as `isLive`, as SQL. */
export const liveCondition = (today: string) =>
  sql`(${kbArticles.status} = 'Published'
    and (${kbArticles.publishDate} is null or ${kbArticles.publishDate} <= ${today})
    and (${kbArticles.expirationDate} is null or ${kbArticles.expirationDate} >= ${today}))`;

/** Ids as a `uuid[]` literal (empty is fine, unlike `in ()`). */
export const uuidArray = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;

/**
 * Sort/filter whitelist. `categoriesIds` (or `categoryId`) includes sub-categories; `portalId`
 * keeps the articles visible in that portal; `caseId` those linked to a case.
 */
export const articleList: TableList = {
  table: kbArticles,
  fields: {
    id: { column: kbArticles.id, kind: 'uuid' },
    name: { column: kbArticles.name, kind: 'text' },
    status: { column: kbArticles.status, kind: 'text' },
    publishDate: { column: kbArticles.publishDate, kind: 'date' },
    expirationDate: { column: kbArticles.expirationDate, kind: 'date' },
    createdById: { column: kbArticles.createdById, kind: 'uuid' },
    modifiedById: { column: kbArticles.modifiedById, kind: 'uuid' },
    createdAt: { column: kbArticles.createdAt, kind: 'timestamp' },
    modifiedAt: { column: kbArticles.modifiedAt, kind: 'timestamp' },
  },
  customFilters: {
    categoriesIds: (v) => inKbCategoryTree(kbArticles.categoriesIds, 'categoriesIds', v),
    categoryId: (v) => inKbCategoryTree(kbArticles.categoriesIds, 'categoryId', v),
    portalId: (v) => sql`${kbArticles.portalsIds} && ${uuidArray(idsOf('portalId', v))}`,
    caseId: (v) =>
      sql`${kbArticles.id} in (select ca.article_id from ${caseArticles} ca
        where ca.case_id = any(${uuidArray(idsOf('caseId', v))}))`,
  },
  search: kbSearchText(kbArticles),
  defaultSort: ['name', 'ASC'],
};
