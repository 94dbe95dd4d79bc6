import type { Ctx } from '../context';
import { parseNumberRef } from '../shared/fields';
import { listLeads } from './lead-queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The leads a person means by what they typed (Slack: `/lead show L-12`, `/lead show jane`):
 * an id, a number ("L-12", "l12", "12") or words of the name, company, e-mail or phone.
 * Only leads the actor may read; newest first; `total` says how many matched in all.
 */
export async function findLeadsByRef(ctx: Ctx, ref: string, limit = 10) {
  const typed = ref.trim();
  const n = parseNumberRef('L', typed);
  const filter =
    Number.isSafeInteger(n) && n <= 2_147_483_647
      ? { number: n }
      : UUID.test(typed)
        ? { id: typed }
        : { q: typed };
  return listLeads(ctx, { filter, range: [0, limit - 1] });
}
