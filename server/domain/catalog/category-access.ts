import { canCreate, levelFor } from '../access/check';
import type { Ctx } from '../context';
import { Forbidden } from '../errors';

/**
 * Categories are shared reference data governed by the Product permissions: whoever may read
 * products reads every category; whoever may create products manages the tree.
 */
export function assertCategoryAccess(ctx: Ctx, action: 'read' | 'manage') {
  const ok =
    action === 'read'
      ? levelFor(ctx.actor, 'Product', 'read') !== 'no'
      : canCreate(ctx.actor, 'Product');
  if (!ok) throw new Forbidden(`You may not ${action} product categories.`);
}
