import { z } from 'zod';
import { email, text, uuid } from '../shared/fields';

/** A further account link: the contact's role there and whether it is over. */
export const accountLink = z.object({
  accountId: uuid,
  role: text(100),
  isInactive: z.boolean().default(false),
});
export type AccountLinkInput = z.infer<typeof accountLink>;

/** Every field a user may set on a contact; create and update share it. */
export const contactFields = z.object({
  salutationName: text(20),
  firstName: text(100),
  lastName: z.string('Enter a last name.').trim().min(1, 'Enter a last name.').max(100),
  emailAddress: email,
  phoneNumber: text(50),
  addressStreet: text(255),
  addressCity: text(100),
  addressState: text(100),
  addressPostalCode: text(20),
  addressCountry: text(100),
  description: text(10_000),
  assignedUserId: uuid.nullish(),
  teamsIds: z.array(uuid).max(50),
  /** The primary account. */
  accountId: uuid.nullish(),
  /** The role at the primary account. */
  title: text(100),
  /** Every linked account, primary included (react-admin's ReferenceArrayInput). */
  accountsIds: z.array(uuid).max(200),
  /** The further links with their role and isInactive. */
  accounts: z.array(accountLink).max(200),
});

export const contactCreateInput = contactFields
  .partial()
  .extend({ lastName: contactFields.shape.lastName });
export const contactUpdateInput = contactFields.partial();
export type ContactInput = z.infer<typeof contactUpdateInput>;
