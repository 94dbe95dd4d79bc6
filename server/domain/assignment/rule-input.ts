import { z } from 'zod';
import { uuid } from '../shared/fields';

export const ASSIGNABLE_TYPES = ['Lead', 'Case'] as const;
export const DISTRIBUTIONS = ['Direct', 'Round-Robin', 'Least-Busy'] as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `One of: ${values.join(', ')}.` });

/**
 * What an admin sets on an assignment rule. `lastAssignedUserId` is the Round-Robin turn, kept by
 * the CRM: not an input (react-admin resends it with the record; it is dropped).
 */
const ruleFields = z.object({
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(255),
  entityType: oneOf(ASSIGNABLE_TYPES),
  method: oneOf(DISTRIBUTIONS),
  teamId: uuid.nullish().transform((v) => v ?? null),
  assignToUserId: uuid.nullish().transform((v) => v ?? null),
  isActive: z.boolean(),
});

export const ruleCreateInput = ruleFields.extend({ isActive: z.boolean().default(true) });
export const ruleUpdateInput = z.object({
  name: ruleFields.shape.name.optional(),
  entityType: ruleFields.shape.entityType.optional(),
  method: ruleFields.shape.method.optional(),
  teamId: uuid.nullish(),
  assignToUserId: uuid.nullish(),
  isActive: z.boolean().optional(),
});
