import { z } from 'zod';
import { currency, email, money, text, uuid } from '../shared/fields';
import { LEAD_SOURCES, LEAD_STATUSES } from './lead-type';

/** Every field a user may set on a lead; create and update share it. */
export const leadFields = z.object({
  salutationName: text(20),
  firstName: text(100),
  lastName: text(100),
  title: text(100),
  accountName: text(255),
  emailAddress: email,
  phoneNumber: text(50),
  website: text(255),
  addressStreet: text(255),
  addressCity: text(100),
  addressState: text(100),
  addressPostalCode: text(20),
  addressCountry: text(100),
  status: z.enum(LEAD_STATUSES, { message: `One of: ${LEAD_STATUSES.join(', ')}.` }),
  source: z
    .enum(LEAD_SOURCES, { message: `One of: ${LEAD_SOURCES.join(', ')}.` })
    .nullish()
    .transform((v) => v ?? null),
  industry: text(100),
  opportunityAmount: money.nullish(),
  opportunityAmountCurrency: currency.nullish(),
  description: text(10_000),
  assignedUserId: uuid.nullish(),
  teamsIds: z.array(uuid).max(50),
});

export type LeadFields = z.infer<typeof leadFields>;

export const leadCreateInput = leadFields.partial();
export const leadUpdateInput = leadFields.partial();

/** A lead needs a name, or else a company, an e-mail or a phone (domain.md). */
type Identity = 'firstName' | 'lastName' | 'accountName' | 'emailAddress' | 'phoneNumber';
export function leadIdentityError(
  l: Partial<Record<Identity, string | null>>,
): Record<string, string> | null {
  if (l.firstName || l.lastName || l.accountName || l.emailAddress || l.phoneNumber) return null;
  const why = 'Enter a name, or else a company, an e-mail address or a phone number.';
  return { lastName: why, accountName: why };
}
