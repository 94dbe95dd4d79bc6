import { z } from 'zod';
import { ENTITY_TYPES } from '../access/levels';

const LEVELS = ['all', 'team', 'own', 'no'] as const;
const level = z.enum(LEVELS, { message: `One of: ${LEVELS.join(', ')}.` });
const yesNo = z.enum(['yes', 'no'], { message: 'One of: yes, no.' });

/** One entity type's levels; a level left out means "no". */
const entityPermission = z.strictObject(
  {
    create: yesNo.optional(),
    read: level.optional(),
    edit: level.optional(),
    delete: level.optional(),
    stream: level.optional(),
  },
  {
    error: (i) =>
      i.code === 'unrecognized_keys'
        ? 'Set only create, read, edit, delete and stream.'
        : 'Give the levels as an object.',
  },
);

const fieldPermission = z.strictObject(
  { read: yesNo.optional(), edit: yesNo.optional() },
  {
    error: (i) =>
      i.code === 'unrecognized_keys'
        ? 'Set only read and edit.'
        : 'Give read and edit as an object.',
  },
);

/** A record keyed by entity type: an unknown type is a field error naming it. */
const byEntity = <T extends z.ZodType>(value: T) =>
  z.record(
    z.string().refine((k) => (ENTITY_TYPES as readonly string[]).includes(k)),
    value,
    {
      error: (i) =>
        i.code === 'invalid_key'
          ? `Unknown entity type; one of: ${ENTITY_TYPES.join(', ')}.`
          : 'Give an object by entity type.',
    },
  );

const fieldName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/);
const byField = z.record(fieldName, fieldPermission, {
  error: (i) => (i.code === 'invalid_key' ? 'Not a field name.' : 'Give an object by field.'),
});

export const roleCreateInput = z.object({
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(255),
  permissions: byEntity(entityPermission).default({}),
  fieldPermissions: byEntity(byField).default({}),
});
export const roleUpdateInput = z.object({
  name: roleCreateInput.shape.name.optional(),
  permissions: byEntity(entityPermission).optional(),
  fieldPermissions: byEntity(byField).optional(),
});
