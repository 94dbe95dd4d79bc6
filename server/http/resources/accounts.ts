import { deleteAccount, getAccount, listAccounts } from '../../domain/accounts/account-queries';
import { createAccount } from '../../domain/accounts/create-account';
import { updateAccount } from '../../domain/accounts/update-account';
import type { ResourceHandlers } from '../simple-rest';

export const accountsResource: ResourceHandlers = {
  list: listAccounts,
  get: getAccount,
  create: createAccount,
  update: updateAccount,
  remove: deleteAccount,
};
