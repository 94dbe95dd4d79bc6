import type { Lead } from '../../types';

/** "Ada Lovelace", else the company, e-mail or number. */
export const leadName = (lead: Partial<Lead> | undefined): string => {
  if (!lead) return '';
  const name = [lead.firstName, lead.lastName].filter(Boolean).join(' ');
  return name || lead.accountName || lead.emailAddress || lead.phoneNumber || lead.number || '';
};
