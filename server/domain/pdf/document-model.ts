import { getAccount } from '../accounts/account-queries';
import { getContact, listContacts } from '../contacts/contact-queries';
import type { Ctx } from '../context';
import type { DocumentKind } from '../documents/document-kinds';
import { getDocument } from '../documents/document-queries';
import { DomainError } from '../errors';
import type { PdfLanguage } from './template-input';

/** What templates see: plain JSON only (no class instances, nothing of the process). */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Model = { [k: string]: Json };

/** JSON round trip: dates become ISO strings and nothing keeps a prototype templates could walk. */
export const plain = (v: unknown): Json => JSON.parse(JSON.stringify(v ?? null)) as Json;

const KIND_LABEL: Record<DocumentKind, Record<PdfLanguage, string>> = {
  Quote: { en: 'Quote', fr: 'Devis' },
  SalesOrder: { en: 'Sales order', fr: 'Bon de commande' },
  Invoice: { en: 'Invoice', fr: 'Facture' },
};

/** A linked record the actor may not read (or that is gone) is simply absent from the PDF. */
async function optional<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof DomainError && (err.code === 'forbidden' || err.code === 'not_found'))
      return null;
    throw err;
  }
}

/** The template model of one document (read access checked), its account and contacts. */
export async function loadDocumentModel(
  ctx: Ctx,
  kind: DocumentKind,
  id: string,
  lang: PdfLanguage,
): Promise<Model> {
  const { items, ...record } = await getDocument(ctx, kind, id);
  const accountId = typeof record.accountId === 'string' ? record.accountId : null;
  const contactId = typeof record.billingContactId === 'string' ? record.billingContactId : null;
  const [account, contact, contacts] = await Promise.all([
    accountId ? optional(() => getAccount(ctx, accountId)) : null,
    contactId ? optional(() => getContact(ctx, contactId)) : null,
    accountId ? optional(() => listContacts(ctx, { filter: { accountId }, range: [0, 49] })) : null,
  ]);
  return documentModel(kind, lang, ctx.clock.now(), {
    record,
    items: Array.isArray(items) ? items : [],
    account,
    contact,
    contacts: contacts?.data ?? [],
  });
}

/** Assembles the model from already loaded parts (also used by the preview's sample data). */
export function documentModel(
  kind: DocumentKind,
  lang: PdfLanguage,
  now: Date,
  parts: {
    record: object;
    items: object[];
    account: object | null;
    contact: object | null;
    contacts: object[];
  },
): Model {
  const record = plain(parts.record) as Model;
  return {
    lang,
    entityType: kind,
    documentType: KIND_LABEL[kind][lang],
    currency: typeof record.currency === 'string' ? record.currency : 'EUR',
    today: now.toISOString().slice(0, 10),
    record,
    items: (plain(parts.items) as Model[]).map((i, n) => ({ ...i, position: n + 1 })),
    account: plain(parts.account),
    contact: plain(parts.contact),
    contacts: plain(parts.contacts),
  };
}
