import { createRole, deleteRole, getRole, listRoles, updateRole } from '../../domain/roles/roles';
import type { ResourceHandlers } from '../simple-rest';

export const rolesResource: ResourceHandlers = {
  list: listRoles,
  get: getRole,
  create: createRole,
  update: updateRole,
  remove: deleteRole,
};
