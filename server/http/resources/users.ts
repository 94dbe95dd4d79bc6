import { createUser } from '../../domain/users/create-user';
import { deleteUser } from '../../domain/users/delete-user';
import { updateUser } from '../../domain/users/update-user';
import { getUser, listUsers } from '../../domain/users/user-queries';
import type { ResourceHandlers } from '../simple-rest';

export const usersResource: ResourceHandlers = {
  list: listUsers,
  get: getUser,
  create: createUser,
  update: updateUser,
  remove: deleteUser,
};
