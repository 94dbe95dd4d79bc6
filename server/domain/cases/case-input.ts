import { z } from 'zod';
import { text, uuid } from '../shared/fields';
import { CASE_PRIORITIES, CASE_STATUSES, CASE_TYPES } from './case-type';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `One of: ${values.join(', ')}.` });

/** Every field a user may set on a case; create and update share it. */
export const caseFields = z.object({
  name: z.string().trim().min(1, 'Enter a subject.').max(255),
  status: oneOf(CASE_STATUSES),
  priority: oneOf(CASE_PRIORITIES),
  type: oneOf(CASE_TYPES)
    .nullish()
    .transform((v) => v ?? null),
  description: text(100_000),
  accountId: uuid.nullish(),
  contactId: uuid.nullish(),
  contactsIds: z.array(uuid).max(100),
  leadId: uuid.nullish(),
  assignedUserId: uuid.nullish(),
  teamsIds: z.array(uuid).max(50),
  isInternal: z.boolean(),
});

export type CaseFields = z.infer<typeof caseFields>;

export const caseCreateInput = caseFields.partial().required({ name: true });
export const caseUpdateInput = caseFields.partial();
