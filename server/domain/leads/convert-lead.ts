import { eq } from 'drizzle-orm';
import { accountContacts, leads } from '../../../db/schema';
import { assertCreate, assertOnRecord } from '../access/check';
import { accountType } from '../accounts/account-type';
import { createAccountRow } from '../accounts/create-account';
import { contactType } from '../contacts/contact-type';
import { createContactRow } from '../contacts/create-contact';
import { type Ctx, inTransaction } from '../context';
import { Conflict, Invalid, NotFound } from '../errors';
import { createOpportunityRow } from '../opportunities/create-opportunity';
import { findRecord, updateRecord } from '../shared/records';
import { parseInput } from '../shared/validate';
import { addNote } from '../stream/add-note';
import { copyFollowers } from '../stream/follows';
import { findConversionDuplicates } from './convert-duplicates';
import { convertInput, isLink } from './convert-input';
import { type LeadRow, leadName, leadNumber, leadType } from './lead-type';

export interface ConversionResult {
  leadId: string;
  accountId?: string;
  contactId?: string;
  opportunityId?: string;
}

const address = (l: LeadRow, prefix: 'billingAddress' | 'address') => ({
  [`${prefix}Street`]: l.addressStreet,
  [`${prefix}City`]: l.addressCity,
  [`${prefix}State`]: l.addressState,
  [`${prefix}PostalCode`]: l.addressPostalCode,
  [`${prefix}Country`]: l.addressCountry,
});

/** Fields copied from the lead (domain.md, Conversion); what the request sends wins. */
function fromLead(l: LeadRow) {
  const owner = {
    assignedUserId: l.assignedUserId,
    teamsIds: l.teamsIds,
    description: l.description,
  };
  return {
    account: {
      ...owner,
      name: l.accountName,
      website: l.website,
      emailAddress: l.emailAddress,
      phoneNumber: l.phoneNumber,
      industry: l.industry,
      ...address(l, 'billingAddress'),
    },
    contact: {
      ...owner,
      salutationName: l.salutationName,
      firstName: l.firstName,
      lastName: l.lastName,
      emailAddress: l.emailAddress,
      phoneNumber: l.phoneNumber,
      title: l.title,
      ...address(l, 'address'),
    },
    opportunity: {
      ...owner,
      name: l.accountName ?? leadName(l),
      amount: l.opportunityAmount,
      currency: l.opportunityAmountCurrency ?? undefined,
      leadSource: l.source,
    },
  };
}

const prefixErrors = (target: string, e: unknown) =>
  e instanceof Invalid
    ? new Invalid(
        Object.fromEntries(Object.entries(e.errors).map(([k, v]) => [`${target}.${k}`, v])),
      )
    : e;

/**
 * Converts a lead into any of account, contact and opportunity: ★ all or nothing in one
 * transaction, ★ existing records can be linked instead, ★ possible duplicates are answered
 * (409) before anything is created, ★ never twice, ★ followers and the stream carry over.
 */
export async function convertLead(
  ctx: Ctx,
  leadId: string,
  input: unknown,
): Promise<ConversionResult> {
  const req = parseInput(convertInput, input);
  return inTransaction(ctx, async (tx) => {
    await findRecord(tx, leadType, leadId, 'edit');
    // The row lock makes a second, concurrent conversion wait and then see `Converted`.
    const [lead] = await tx.db.select().from(leads).where(eq(leads.id, leadId)).for('update');
    if (!lead) throw new NotFound('Lead');
    if (lead.status === 'Converted') {
      throw new Conflict(`${leadNumber(lead.number)} was already converted.`, {
        accountId: lead.createdAccountId,
        contactId: lead.createdContactId,
        opportunityId: lead.createdOpportunityId,
      });
    }
    const base = fromLead(lead);
    const newAccount =
      req.account && !isLink(req.account) ? { ...base.account, ...req.account } : null;
    const newContact =
      req.contact && !isLink(req.contact) ? { ...base.contact, ...req.contact } : null;
    if (newAccount) assertCreate(tx.actor, 'Account');
    if (newContact) assertCreate(tx.actor, 'Contact');
    if (req.opportunity) assertCreate(tx.actor, 'Opportunity');

    if (!req.skipDuplicateCheck) {
      const duplicates = await findConversionDuplicates(tx, newAccount, newContact);
      if (duplicates.length) {
        throw new Conflict('Possible duplicates exist: link one of them or create anyway.', {
          duplicates,
        });
      }
    }

    const result: ConversionResult = { leadId };
    const made: { entityType: 'Account' | 'Contact' | 'Opportunity'; id: string }[] = [];

    if (isLink(req.account)) {
      result.accountId = (await findRecord(tx, accountType, req.account.id)).id;
    } else if (newAccount) {
      const a = await createAccountRow(tx, newAccount).catch((e) =>
        Promise.reject(prefixErrors('account', e)),
      );
      result.accountId = a.id;
    }
    if (result.accountId) made.push({ entityType: 'Account', id: result.accountId });

    if (isLink(req.contact)) {
      const c = await findRecord(tx, contactType, req.contact.id);
      assertOnRecord(tx.actor, 'Contact', 'read', c);
      result.contactId = c.id;
      if (result.accountId) {
        // The chosen contact joins the account (role = the lead's title) unless already linked.
        await tx.db
          .insert(accountContacts)
          .values({ accountId: result.accountId, contactId: c.id, role: lead.title })
          .onConflictDoNothing();
        if (!c.accountId) {
          await updateRecord(tx, contactType, c, { accountId: result.accountId });
        }
      }
    } else if (newContact) {
      // The title is the role at the primary account: without an account there is no role.
      const { title, ...rest } = newContact;
      const withAccount = result.accountId ? { accountId: result.accountId, title } : {};
      const c = await createContactRow(tx, { ...rest, ...withAccount }).catch((e) =>
        Promise.reject(prefixErrors('contact', e)),
      );
      result.contactId = c.id;
    }
    if (result.contactId) made.push({ entityType: 'Contact', id: result.contactId });

    if (req.opportunity) {
      const o = await createOpportunityRow(tx, {
        ...base.opportunity,
        ...req.opportunity,
        accountId: result.accountId ?? null,
        contactId: result.contactId ?? null,
      }).catch((e) => Promise.reject(prefixErrors('opportunity', e)));
      result.opportunityId = o.id;
      made.push({ entityType: 'Opportunity', id: o.id });
    }

    const now = tx.clock.now();
    await updateRecord(tx, leadType, lead, {
      status: 'Converted',
      convertedAt: now,
      createdAccountId: result.accountId ?? null,
      createdContactId: result.contactId ?? null,
      createdOpportunityId: result.opportunityId ?? null,
    });
    for (const m of made) {
      await addNote(tx, {
        type: 'Relate',
        parentType: m.entityType,
        parentId: m.id,
        relatedType: 'Lead',
        relatedId: lead.id,
        data: { convertedFrom: leadNumber(lead.number), leadId: lead.id },
      });
    }
    await addNote(tx, {
      type: 'Relate',
      parentType: 'Lead',
      parentId: lead.id,
      data: { convertedTo: made },
    });
    await copyFollowers(tx, { entityType: 'Lead', id: lead.id }, made);
    return result;
  });
}
