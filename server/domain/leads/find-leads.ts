import type { Ctx } from '../context';
import { refFilter } from '../shared/fields';
import { listLeads } from './lead-queries';

/**
 * The leads a person means by what they typed (Slack: `/lead show L-12`, `/lead show jane`):
 * an id, a number ("L-12", "l12", "12") or words of the name, company, e-mail or phone.
 * Only leads the actor may read; newest first; `total` says how many matched in all.
 */
export async function findLeadsByRef(ctx: Ctx, ref: string, limit = 10) {
  const filter = refFilter('L', ref);
  return listLeads(ctx, { filter, range: [0, limit - 1] });
}
