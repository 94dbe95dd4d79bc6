import { type Ctx, inTransaction } from '../context';
import { Invalid } from '../errors';
import { draftFromDocument, draftFromOpportunity } from './conversion-sources';
import { insertDocument } from './create-document';
import { type DocumentKind, type DocumentResource, kindOfResource } from './document-kinds';

export type ConvertSource = 'opportunities' | 'quotes' | 'sales-orders';

/** What each source may become (domain.md). */
const TARGETS: Record<ConvertSource, DocumentResource[]> = {
  opportunities: ['quotes', 'sales-orders', 'invoices'],
  quotes: ['sales-orders', 'invoices'],
  'sales-orders': ['invoices'],
};
const SOURCE_KIND: Record<Exclude<ConvertSource, 'opportunities'>, DocumentKind> = {
  quotes: 'Quote',
  'sales-orders': 'SalesOrder',
};

/**
 * `POST /api/<source>/:id/convert {"to": …}`: a new Draft document with the source's lines
 * copied and a link back, in one transaction. Needs read on the source and create on the target.
 */
export async function convertRecord(
  ctx: Ctx,
  source: ConvertSource,
  id: string,
  input: unknown,
): Promise<{ id: string }> {
  const allowed = TARGETS[source];
  const to = (input as { to?: unknown } | null)?.to;
  const target = typeof to === 'string' ? kindOfResource(to) : undefined;
  if (!target || !allowed.includes(target.resource)) {
    throw new Invalid({ to: `One of: ${allowed.join(', ')}.` });
  }
  return inTransaction(ctx, async (tx) => {
    const draft =
      source === 'opportunities'
        ? await draftFromOpportunity(tx, id)
        : await draftFromDocument(tx, SOURCE_KIND[source], id);
    const row = await insertDocument(tx, target.kind, draft.values, draft.items, draft.note);
    return { id: row.id };
  });
}
