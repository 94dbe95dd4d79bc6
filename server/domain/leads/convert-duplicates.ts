import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { accounts, contacts } from '../../../db/schema';
import { canOnRecord } from '../access/check';
import type { Ctx } from '../context';

export interface Duplicate {
  resource: 'accounts' | 'contacts';
  id: string;
  name: string;
}

const lowerEq = (col: AnyPgColumn, v: string) => eq(sql`lower(${col})`, v.toLowerCase());

/** ★ Accounts and contacts that look like the ones about to be created: same name or e-mail. */
export async function findConversionDuplicates(
  ctx: Ctx,
  account: Record<string, unknown> | null,
  contact: Record<string, unknown> | null,
): Promise<Duplicate[]> {
  const out: Duplicate[] = [];
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  if (account) {
    const name = str(account.name);
    const mail = str(account.emailAddress);
    const conds = [
      name && lowerEq(accounts.name, name),
      mail && lowerEq(accounts.emailAddress, mail),
    ];
    const where = or(...conds.filter((c): c is SQL => !!c));
    if (where) {
      const rows = await ctx.db.select().from(accounts).where(where).limit(10);
      for (const r of rows) {
        if (canOnRecord(ctx.actor, 'Account', 'read', r)) {
          out.push({ resource: 'accounts', id: r.id, name: r.name });
        }
      }
    }
  }
  if (contact) {
    const first = str(contact.firstName);
    const last = str(contact.lastName);
    const mail = str(contact.emailAddress);
    const byName = last
      ? and(
          lowerEq(contacts.lastName, last),
          first ? lowerEq(contacts.firstName, first) : sql`${contacts.firstName} is null`,
        )
      : undefined;
    const where = or(
      ...[byName, mail && lowerEq(contacts.emailAddress, mail)].filter((c): c is SQL => !!c),
    );
    if (where) {
      const rows = await ctx.db.select().from(contacts).where(where).limit(10);
      for (const r of rows) {
        if (canOnRecord(ctx.actor, 'Contact', 'read', r)) {
          const name = [r.firstName, r.lastName].filter(Boolean).join(' ');
          out.push({ resource: 'contacts', id: r.id, name });
        }
      }
    }
  }
  return out;
}
