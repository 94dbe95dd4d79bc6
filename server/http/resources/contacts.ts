import { deleteContact, getContact, listContacts } from '../../domain/contacts/contact-queries';
import { createContact } from '../../domain/contacts/create-contact';
import { updateContact } from '../../domain/contacts/update-contact';
import type { ResourceHandlers } from '../simple-rest';

export const contactsResource: ResourceHandlers = {
  list: listContacts,
  get: getContact,
  create: createContact,
  update: updateContact,
  remove: deleteContact,
};
