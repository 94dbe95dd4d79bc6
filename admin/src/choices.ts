import type { Stage } from './types';

export interface Choice {
  id: string;
  name: string;
}

/** Choices whose names are translation keys: crm.choices.<group>.<value>. */
const toChoices = (group: string, values: readonly string[]): Choice[] =>
  values.map((value) => ({ id: value, name: `crm.choices.${group}.${value}` }));

export const LEAD_STATUSES = ['New', 'Assigned', 'In Process', 'Converted', 'Recycled', 'Dead'];
export const OPEN_LEAD_STATUSES = ['New', 'Assigned', 'In Process'];
export const LEAD_SOURCES = [
  'Call',
  'Email',
  'Existing Customer',
  'Partner',
  'Public Relations',
  'Web Site',
  'Campaign',
  'Other',
];
export const ACCOUNT_TYPES = ['Customer', 'Investor', 'Partner', 'Reseller'];
export const SALUTATIONS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.'];
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY'];
/** The server's default too (opportunities.currency). */
export const DEFAULT_CURRENCY = 'EUR';

/** Support desk (domain.md: Case, Knowledge base, Assignment rules; email.md). */
export const CASE_STATUSES = ['New', 'Assigned', 'Pending', 'Closed', 'Rejected', 'Duplicate'];
export const OPEN_CASE_STATUSES = ['New', 'Assigned', 'Pending'];
export const CASE_PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'];
export const CASE_TYPES = ['Question', 'Incident', 'Problem'];
export const KB_STATUSES = ['Draft', 'In Review', 'Published', 'Archived'];
export const EMAIL_STATUSES = [
  'Received',
  'Imported',
  'Ignored',
  'Quarantined',
  'Queued',
  'Sent',
  'Failed',
  'Kept',
];
export const EMAIL_DIRECTIONS = ['in', 'out'];
export const MAILBOX_SECURITY = ['SSL', 'TLS', 'none'];
export const ASSIGNMENT_METHODS = ['Direct', 'Round-Robin', 'Least-Busy'];
export const ASSIGNMENT_ENTITY_TYPES = ['Lead', 'Case'];

export const caseStatusChoices = toChoices('caseStatus', CASE_STATUSES);
export const casePriorityChoices = toChoices('casePriority', CASE_PRIORITIES);
export const caseTypeChoices = toChoices('caseType', CASE_TYPES);
export const kbStatusChoices = toChoices('kbStatus', KB_STATUSES);
export const emailStatusChoices = toChoices('emailStatus', EMAIL_STATUSES);
export const emailDirectionChoices = toChoices('emailDirection', EMAIL_DIRECTIONS);
export const mailboxSecurityChoices = toChoices('mailboxSecurity', MAILBOX_SECURITY);
export const mailboxStatusChoices = toChoices('mailboxStatus', ['Active', 'Inactive']);
export const assignmentMethodChoices = toChoices('assignmentMethod', ASSIGNMENT_METHODS);
export const assignmentEntityChoices = toChoices('assignmentEntity', ASSIGNMENT_ENTITY_TYPES);

export const leadStatusChoices = toChoices('leadStatus', LEAD_STATUSES);
export const leadSourceChoices = toChoices('leadSource', LEAD_SOURCES);
export const accountTypeChoices = toChoices('accountType', ACCOUNT_TYPES);
export const salutationChoices = toChoices('salutation', SALUTATIONS);
export const currencyChoices: Choice[] = CURRENCIES.map((c) => ({ id: c, name: c }));

/** Lead fields a capture form may set. */
export const LEAD_CAPTURE_FIELDS = [
  'salutationName',
  'firstName',
  'lastName',
  'title',
  'accountName',
  'emailAddress',
  'phoneNumber',
  'website',
  'addressStreet',
  'addressCity',
  'addressState',
  'addressPostalCode',
  'addressCountry',
  'industry',
  'opportunityAmount',
  'opportunityAmountCurrency',
  'description',
];

export const DEFAULT_STAGES: Stage[] = [
  { name: 'Prospecting', labelEn: 'Prospecting', labelFr: 'Prospection', probability: 10 },
  { name: 'Qualification', labelEn: 'Qualification', labelFr: 'Qualification', probability: 20 },
  { name: 'Proposal', labelEn: 'Proposal', labelFr: 'Proposition', probability: 50 },
  { name: 'Negotiation', labelEn: 'Negotiation', labelFr: 'Négociation', probability: 80 },
  { name: 'Closed Won', labelEn: 'Closed Won', labelFr: 'Fermé gagné', probability: 100 },
  { name: 'Closed Lost', labelEn: 'Closed Lost', labelFr: 'Fermé perdu', probability: 0 },
];
