import { z } from 'zod';
import { uuid } from '../shared/fields';

const name = z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(255);
const ids = z.array(uuid).max(1000);
/** {userId: position}, e.g. "Manager"; blank removes the position. */
const positions = z.record(
  uuid,
  z
    .string()
    .trim()
    .max(100)
    .nullable()
    .transform((v) => v || null),
);

export const teamCreateInput = z.object({
  name,
  usersIds: ids.optional(),
  positions: positions.optional(),
  rolesIds: ids.optional(),
});
export const teamUpdateInput = teamCreateInput.partial();
export type TeamPatch = z.infer<typeof teamUpdateInput>;
