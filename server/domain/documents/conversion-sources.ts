import { eq } from 'drizzle-orm';
import { accounts } from '../../../db/schema';
import { canOnRecord } from '../access/check';
import type { Ctx } from '../context';
import { Conflict } from '../errors';
import { opportunityType } from '../opportunities/opportunity-type';
import { Dec } from '../shared/decimal';
import { findRecord } from '../shared/records';
import { loadItems } from './document-items';
import { type DocumentKind, documentNumber, KINDS } from './document-kinds';
import type { ItemValues } from './document-totals';
import { DOCUMENT_TYPES } from './document-type';

/** What a conversion copies into the new document: header values, lines and links back. */
export interface Draft {
  values: Record<string, unknown>;
  items: ItemValues[];
  note: { relatedType: string; relatedId: string };
}

const ADDRESS = ['Street', 'City', 'State', 'PostalCode', 'Country'].flatMap((p) => [
  `billingAddress${p}`,
  `shippingAddress${p}`,
]);

/**
 * ★ A deal has no lines: the document gets one line named after the deal, quantity 1, priced at
 * the deal's amount (none when the amount is 0), so its total is the deal's. The account's
 * addresses are copied when the actor may read the account; the primary contact is billed.
 */
export async function draftFromOpportunity(ctx: Ctx, id: string): Promise<Draft> {
  const deal = await findRecord(ctx, opportunityType, id, 'read');
  const values: Record<string, unknown> = {
    name: deal.name,
    opportunityId: deal.id,
    accountId: deal.accountId,
    billingContactId: deal.contactId,
    currency: deal.currency,
    assignedUserId: deal.assignedUserId,
    teamsIds: deal.teamsIds,
  };
  if (deal.accountId) {
    const [account] = await ctx.db.select().from(accounts).where(eq(accounts.id, deal.accountId));
    if (account && canOnRecord(ctx.actor, 'Account', 'read', account)) {
      const a = account as Record<string, unknown>;
      for (const f of ADDRESS) values[f] = a[f] ?? null;
    }
  }
  const items: ItemValues[] = new Dec(deal.amount).gt(0)
    ? [
        {
          productId: null,
          name: deal.name,
          quantity: '1.0000',
          listPrice: deal.amount,
          unitPrice: deal.amount,
          taxRate: null,
          amount: deal.amount,
        },
      ]
    : [];
  return { values, items, note: { relatedType: 'Opportunity', relatedId: deal.id } };
}

const COPIED = [
  'name',
  'accountId',
  'opportunityId',
  'billingContactId',
  ...ADDRESS,
  'currency',
  'taxRate',
  'shippingCost',
  'description',
  'assignedUserId',
  'teamsIds',
] as const;

/**
 * A quote or order becomes the next document with its header, lines, tax and shipping; the
 * links back are quoteId (and, from an order, salesOrderId plus the order's own quoteId). A
 * canceled document converts to nothing (409).
 */
export async function draftFromDocument(ctx: Ctx, kind: DocumentKind, id: string): Promise<Draft> {
  const src = await findRecord(ctx, DOCUMENT_TYPES[kind], id, 'read');
  if (src.status === 'Canceled') {
    const n = documentNumber(KINDS[kind], src.number);
    throw new Conflict(`${n} is Canceled: it cannot be converted.`);
  }
  const row = src as Record<string, unknown>;
  const values: Record<string, unknown> = Object.fromEntries(COPIED.map((f) => [f, row[f]]));
  if (kind === 'Quote') values.quoteId = src.id;
  if (kind === 'SalesOrder') {
    values.salesOrderId = src.id;
    values.quoteId = src.quoteId ?? null;
  }
  const items = (await loadItems(ctx, kind, [id])).get(id) ?? [];
  return { values, items, note: { relatedType: kind, relatedId: src.id } };
}
