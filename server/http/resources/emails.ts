import { getEmail, listEmails } from '../../domain/inbox/email-queries';
import type { ResourceHandlers } from '../simple-rest';

/** email.md, the `emails` resource: read-only (create/update/delete answer 405). */
export const emailsResource: ResourceHandlers = {
  list: listEmails,
  get: getEmail,
};
