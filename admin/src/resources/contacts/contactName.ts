import type { Contact } from '../../types';

export const contactName = (contact: Partial<Contact> | undefined): string =>
  contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : '';
