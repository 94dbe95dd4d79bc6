import { and, desc, eq, notInArray, sql } from 'drizzle-orm';
import { leads } from '../../../db/schema';
import type { Ctx } from '../context';
import type { LeadFields } from '../leads/lead-input';
import { CLOSED_LEAD_STATUSES, type LeadRow } from '../leads/lead-type';
import { addNote } from '../stream/add-note';
import type { CaptureKey } from './keys';

/** Phone numbers compare by digits (and a leading +): "+33 6 12-34" is "+33612 34". */
export const phoneDigits = (p: string) => p.replace(/[^\d+]/g, '');
const normalizedPhone = sql`regexp_replace(${leads.phoneNumber}, '[^0-9+]', '', 'g')`;

/**
 * Serialises submissions for the same e-mail or phone, so two posts of one form at the same moment
 * cannot both create a lead. Locks are taken in a fixed order to avoid deadlocks.
 */
export async function lockIdentity(tx: Ctx, email: string | null, phone: string | null) {
  const keys = [email && `lc:e:${email}`, phone && `lc:p:${phone}`].filter((k): k is string => !!k);
  for (const k of keys.sort()) {
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${k}))`);
  }
}

/** ★ The most recent open lead with the same e-mail (any case) or, failing that, the same phone. */
export async function findOpenDuplicate(
  tx: Ctx,
  email: string | null,
  phone: string | null,
): Promise<LeadRow | null> {
  const open = notInArray(leads.status, [...CLOSED_LEAD_STATUSES]);
  const match = async (cond: ReturnType<typeof eq>) =>
    (
      await tx.db
        .select()
        .from(leads)
        .where(and(open, cond))
        .orderBy(desc(leads.createdAt))
        .limit(1)
    )[0];
  const byEmail = email ? await match(eq(sql`lower(${leads.emailAddress})`, email)) : undefined;
  if (byEmail) return byEmail;
  const byPhone = phone ? await match(eq(normalizedPhone, phone)) : undefined;
  return byPhone ?? null;
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * ★ Fills only the existing lead's empty fields (what sales typed is never overwritten), and says
 * so in its stream, with the values that were not applied, so nothing the visitor wrote is lost.
 */
export async function fillEmptyFields(
  tx: Ctx,
  lead: LeadRow,
  values: Partial<LeadFields>,
  key: CaptureKey,
): Promise<void> {
  const fill: Record<string, unknown> = {};
  const notApplied: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (isEmpty(value)) continue;
    const current = (lead as Record<string, unknown>)[field];
    if (isEmpty(current)) fill[field] = value;
    else if (String(current) !== String(value)) notApplied[field] = value;
  }
  const filled = Object.keys(fill);
  if (filled.length) {
    await tx.db
      .update(leads)
      .set({ ...fill, modifiedAt: tx.clock.now(), modifiedById: tx.actor.id })
      .where(eq(leads.id, lead.id));
  }
  const other = Object.keys(notApplied);
  await addNote(tx, {
    type: 'Post',
    parentType: 'Lead',
    parentId: lead.id,
    post: [
      `Submitted again through the web form "${key.name}".`,
      filled.length ? `Filled in: ${filled.join(', ')}.` : 'Nothing new to fill in.',
      ...other.map((f) => `${f} (not applied): ${String(notApplied[f])}`),
    ].join('\n'),
    data: { source: 'lead-capture', captureKeyId: key.id, fields: filled, notApplied },
  });
}
