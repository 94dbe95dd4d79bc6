import { z } from 'zod';
import { PASSWORD_RULE } from '../auth/passwords';
import { entityTables, type StreamEntityType } from '../shared/entities';
import { text, uuid } from '../shared/fields';

export const LOCALES = ['en', 'fr'] as const;
/** Types a user can auto-follow: every record type that has a stream. */
export const AUTO_FOLLOW_TYPES = Object.keys(entityTables) as [
  StreamEntityType,
  ...StreamEntityType[],
];

const name = z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(255);
const emailAddress = z
  .string({ error: 'Enter an e-mail address.' })
  .trim()
  .toLowerCase()
  .max(255, 'At most 255 characters.')
  .pipe(z.email('Not a valid e-mail address.'));

/** Blank (react-admin's untouched password field) means "keep the current password". */
const password = z.preprocess(
  (v) => (v === '' || v === null ? undefined : v),
  z
    .string({ error: PASSWORD_RULE })
    .min(8, PASSWORD_RULE)
    .max(256, 'At most 256 characters.')
    .optional(),
);

const ids = z.array(uuid).max(200);

const optionalFields = {
  password,
  isAdmin: z.boolean().optional(),
  isActive: z.boolean().optional(),
  slackUserId: text(50).optional(),
  locale: z.enum(LOCALES, { message: `One of: ${LOCALES.join(', ')}.` }).optional(),
  teamsIds: ids.optional(),
  rolesIds: ids.optional(),
  autoFollowEntityTypes: z
    .array(z.enum(AUTO_FOLLOW_TYPES, { message: `One of: ${AUTO_FOLLOW_TYPES.join(', ')}.` }))
    .optional(),
};

export const userCreateInput = z.object({ name, emailAddress, ...optionalFields });
export const userUpdateInput = z.object({
  name: name.optional(),
  emailAddress: emailAddress.optional(),
  ...optionalFields,
});
export type UserPatch = z.infer<typeof userUpdateInput>;

/** What a user who is not an admin may change on their own account. */
export const SELF_EDITABLE: readonly (keyof UserPatch)[] = [
  'name',
  'password',
  'locale',
  'autoFollowEntityTypes',
];
