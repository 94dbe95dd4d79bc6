import {
  createMailbox,
  deleteMailbox,
  getMailbox,
  listMailboxes,
  updateMailbox,
} from '../../domain/mailboxes/email-accounts';
import type { ResourceHandlers } from '../simple-rest';

/** Group mailboxes (admin only); the connection test is routes/email-accounts.ts. */
export const emailAccountsResource: ResourceHandlers = {
  list: listMailboxes,
  get: getMailbox,
  create: createMailbox,
  update: updateMailbox,
  remove: deleteMailbox,
};
