import { caseArticles } from '../../../db/schema';
import { caseType } from '../cases/case-type';
import { type Ctx, inTransaction } from '../context';
import { findRecord } from '../shared/records';
import { addNote } from '../stream/add-note';
import { findArticle } from './article-queries';
import { isLive, KB_ENTITY, todayOf } from './article-type';

/**
 * Links a knowledge-base article to a case (an agent links it, or sends it in a reply): needs edit
 * access on the case and read access on the article. The case's stream gets a Relate note, once:
 * linking again changes nothing. The note is internal when the article is not published, so a
 * customer is never pointed at an article they cannot read.
 */
export async function linkArticleToCase(ctx: Ctx, caseId: string, articleId: string) {
  return inTransaction(ctx, async (tx) => {
    await findRecord(tx, caseType, caseId, 'edit');
    const article = await findArticle(tx, articleId, 'read');
    const added = await tx.db
      .insert(caseArticles)
      .values({ caseId, articleId, createdAt: tx.clock.now() })
      .onConflictDoNothing()
      .returning({ caseId: caseArticles.caseId });
    if (added.length) {
      await addNote(tx, {
        type: 'Relate',
        parentType: 'Case',
        parentId: caseId,
        relatedType: KB_ENTITY,
        relatedId: articleId,
        data: { name: article.name },
        isInternal: !isLive(article, todayOf(tx)),
      });
    }
    return { caseId, articleId, linked: added.length > 0 };
  });
}
