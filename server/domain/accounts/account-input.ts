import { z } from 'zod';
import { email, text, uuid } from '../shared/fields';
import { ACCOUNT_TYPES } from './account-type';

const address = (prefix: 'billingAddress' | 'shippingAddress') => ({
  [`${prefix}Street`]: text(255),
  [`${prefix}City`]: text(100),
  [`${prefix}State`]: text(100),
  [`${prefix}PostalCode`]: text(20),
  [`${prefix}Country`]: text(100),
});

/** Every field a user may set on an account; create and update share it. */
export const accountFields = z.object({
  name: z.string('Enter a name.').trim().min(1, 'Enter a name.').max(255),
  type: z
    .enum(ACCOUNT_TYPES, { message: `One of: ${ACCOUNT_TYPES.join(', ')}.` })
    .nullish()
    .transform((v) => v ?? null),
  industry: text(100),
  website: text(255),
  emailAddress: email,
  phoneNumber: text(50),
  ...address('billingAddress'),
  ...address('shippingAddress'),
  description: text(10_000),
  assignedUserId: uuid.nullish(),
  teamsIds: z.array(uuid).max(50),
});

export const accountCreateInput = accountFields
  .partial()
  .extend({ name: accountFields.shape.name });
export const accountUpdateInput = accountFields.partial();
