import { asc, sql } from 'drizzle-orm';
import { contacts } from '../../../db/schema';
import { type ContactRow, contactType } from '../contacts/contact-type';
import { createContactRow } from '../contacts/create-contact';
import type { Ctx } from '../context';
import { email } from '../shared/fields';
import { insertRecord } from '../shared/records';
import { Unroutable } from './settle-email';

/** The oldest contact with this address (compared case-insensitively), if any. */
export async function contactByAddress(ctx: Ctx, address: string): Promise<ContactRow | null> {
  const [row] = await ctx.db
    .select()
    .from(contacts)
    .where(sql`lower(${contacts.emailAddress}) = ${address.toLowerCase()}`)
    .orderBy(asc(contacts.createdAt), asc(contacts.id))
    .limit(1);
  return row ?? null;
}

/**
 * First and last name from a From display name: "Jane Q. Doe" → Jane Q. / Doe, "Doe, Jane" →
 * Jane / Doe; without a name the address's local part is the last name (it is required).
 */
export function nameFromSender(displayName: string | null, address: string) {
  const name = (displayName ?? '').replace(/\s+/g, ' ').trim();
  const cut = (s: string | undefined) => (s ?? '').trim().slice(0, 100) || null;
  if (!name || name.includes('@')) {
    return { firstName: null, lastName: cut(address.split('@')[0]!.replace(/"/g, '')) ?? address };
  }
  if (name.includes(',')) {
    const [last, first] = name.split(',');
    if (cut(last)) return { firstName: cut(first), lastName: cut(last)! };
  }
  const words = name.split(' ');
  const last = words.pop()!;
  return { firstName: cut(words.join(' ')), lastName: cut(last)! };
}

/** Addresses real mail servers deliver to but the contact form would refuse (`root@localhost`). */
const DELIVERABLE = /^[^\s@"<>()[\],;:]+@[^\s@"<>()[\],;:]+$/;

/**
 * The sender as a contact (email.md, Routing 3): the existing one with that address, else a new
 * one named from the From header. A sender address no one could write back to is unroutable.
 */
export async function contactForSender(
  ctx: Ctx,
  address: string,
  displayName: string | null,
): Promise<ContactRow> {
  const existing = await contactByAddress(ctx, address);
  if (existing) return existing;
  const names = nameFromSender(displayName, address);
  if (email.safeParse(address).success) {
    return createContactRow(ctx, { ...names, emailAddress: address });
  }
  if (!DELIVERABLE.test(address)) {
    throw new Unroutable(`The sender address is not valid: ${address.slice(0, 200)}`);
  }
  // A working address the form's stricter rule refuses: recorded as the server gave it.
  return insertRecord(ctx, contactType, { ...names, emailAddress: address.toLowerCase() });
}
