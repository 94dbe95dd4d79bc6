import type { Ctx } from '../../server/domain/context';
import { userNames } from '../../server/domain/users/user-names';
import type { Viewer } from '../views/records';

/** The viewer of cards about these records: who they are and the names of the assignees. */
export async function viewerFor(
  ctx: Ctx,
  records: { assignedUserId?: string | null }[],
): Promise<Viewer> {
  return {
    userId: ctx.actor.id,
    people: await userNames(
      ctx,
      records.map((r) => r.assignedUserId),
    ),
  };
}
