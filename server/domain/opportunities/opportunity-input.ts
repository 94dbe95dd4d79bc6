import { z } from 'zod';
import { LEAD_SOURCES } from '../leads/lead-type';
import { currency, isoDate, money, text, uuid } from '../shared/fields';
import { OPPORTUNITY_ROLES } from './opportunity-type';

export const contactLink = z.object({
  contactId: uuid,
  role: z
    .enum(OPPORTUNITY_ROLES, { message: `One of: ${OPPORTUNITY_ROLES.join(', ')}.` })
    .nullish()
    .transform((v) => v ?? null),
});
export type ContactLinkInput = z.infer<typeof contactLink>;

const probability = z
  .number('Enter a probability from 0 to 100.')
  .int('Enter a whole number from 0 to 100.')
  .min(0, 'Enter a probability from 0 to 100.')
  .max(100, 'Enter a probability from 0 to 100.');

/**
 * Every field a user may set on a deal; create and update share it. `lastStage`, `number` and
 * `probabilityIsManual` are derived: react-admin resends them and zod drops them.
 */
export const opportunityFields = z.object({
  name: z.string('Enter a name.').trim().min(1, 'Enter a name.').max(255),
  amount: z
    .union([z.string(), z.number()], 'Enter an amount ≥ 0 with at most 2 decimals.')
    .pipe(money),
  currency: currency.nullish().transform((v) => v ?? undefined),
  accountId: uuid.nullish(),
  /** The primary contact. */
  contactId: uuid.nullish(),
  /** Every linked contact with its opportunity role (primary included). */
  contacts: z.array(contactLink).max(200),
  contactsIds: z.array(uuid).max(200),
  /** Checked against the configured stages (case-sensitive stored name). */
  stage: z.string('Choose a stage.').trim().min(1, 'Choose a stage.'),
  probability,
  closeDate: z.string('Enter a close date as YYYY-MM-DD.').pipe(isoDate),
  leadSource: z
    .enum(LEAD_SOURCES, { message: `One of: ${LEAD_SOURCES.join(', ')}.` })
    .nullish()
    .transform((v) => v ?? null),
  description: text(10_000),
  assignedUserId: uuid.nullish(),
  teamsIds: z.array(uuid).max(50),
});

/** `extend`, not `.required()`: a missing field then says what to enter, in its own words. */
export const opportunityCreateInput = opportunityFields.partial().extend({
  name: opportunityFields.shape.name,
  amount: opportunityFields.shape.amount,
  closeDate: opportunityFields.shape.closeDate,
});
export const opportunityUpdateInput = opportunityFields.partial();
export type OpportunityInput = z.infer<typeof opportunityUpdateInput>;
