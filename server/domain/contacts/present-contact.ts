import { hiddenFields } from '../access/check';
import type { Ctx } from '../context';
import { loadAccountLinks, type StoredLink } from './contact-links';
import { type ContactRow, contactType } from './contact-type';

/** The API shape: the row plus title, accountsIds and the further accounts, minus hidden fields. */
function shape(ctx: Ctx, row: ContactRow, links: StoredLink[]): Record<string, unknown> {
  const primary = links.find((l) => l.accountId === row.accountId);
  const out: Record<string, unknown> = {
    ...contactType.toApi(row),
    title: primary?.role ?? null,
    accountName: primary?.accountName ?? null,
    accountsIds: [
      ...(primary ? [primary.accountId] : []),
      ...links.filter((l) => l !== primary).map((l) => l.accountId),
    ],
    accounts: links.filter((l) => l !== primary),
  };
  for (const f of hiddenFields(ctx.actor, 'Contact')) delete out[f];
  return out;
}

export async function presentContacts(ctx: Ctx, rows: ContactRow[]) {
  const links = await loadAccountLinks(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => shape(ctx, r, links.get(r.id) ?? []));
}

export async function presentContact(ctx: Ctx, row: ContactRow) {
  const [out] = await presentContacts(ctx, [row]);
  return out!;
}
