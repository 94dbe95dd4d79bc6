import { randomUUID } from 'node:crypto';
import { systemActor } from '../access/actor';
import { type Ctx, inTransaction, type Services, withActor } from '../context';
import { Invalid } from '../errors';
import { createLeadRow } from '../leads/create-lead';
import { leadCreateInput, leadIdentityError } from '../leads/lead-input';
import { parseInput } from '../shared/validate';
import type { CaptureKey } from './keys';
import { consumeCaptureQuota } from './limits';
import { fillEmptyFields, findOpenDuplicate, lockIdentity, phoneDigits } from './merge-duplicate';

/** A hidden form field people never fill and bots do: such posts are accepted and dropped. */
export const HONEYPOT_FIELD = 'hp_website';

export interface CaptureResult {
  id: string;
  /** What happened, for logs and tests; the HTTP answer is always `{id}`. */
  outcome: 'created' | 'merged' | 'honeypot';
}

/**
 * Web-to-lead: the key decides which fields count, the source and the team; the lead is created
 * by the system through the leads domain, so validation is the same as everywhere else.
 */
export async function captureLead(
  services: Services,
  key: CaptureKey,
  body: Record<string, unknown>,
  opts: { clientAddress: string },
): Promise<CaptureResult> {
  await consumeCaptureQuota(services.db, key.id, opts.clientAddress);
  const trap = body[HONEYPOT_FIELD];
  if (trap !== undefined && trap !== null && String(trap).trim() !== '') {
    // A plausible answer, so the bot learns nothing.
    return { id: randomUUID(), outcome: 'honeypot' };
  }

  const picked = Object.fromEntries(
    key.fields.filter((f) => body[f] !== undefined).map((f) => [f, body[f]]),
  );
  const input = {
    ...picked,
    source: key.leadSource,
    teamsIds: key.teamId ? [key.teamId] : [],
  };
  const data = parseInput(leadCreateInput, input);
  const identity = leadIdentityError(data);
  if (identity) throw new Invalid(identity);

  const ctx: Ctx = withActor(services, systemActor);
  return inTransaction(ctx, async (tx) => {
    if (key.mergeDuplicates) {
      const email = data.emailAddress ?? null;
      const phone = data.phoneNumber ? phoneDigits(data.phoneNumber) : null;
      const usablePhone = phone && phone.replace(/\D/g, '').length >= 6 ? phone : null;
      await lockIdentity(tx, email, usablePhone);
      const existing = await findOpenDuplicate(tx, email, usablePhone);
      if (existing) {
        await fillEmptyFields(tx, existing, data, key);
        return { id: existing.id, outcome: 'merged' as const };
      }
    }
    const lead = await createLeadRow(tx, input);
    return { id: lead.id, outcome: 'created' as const };
  });
}
