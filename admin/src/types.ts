import type { RaRecord } from 'react-admin';

export type Id = string;

interface Base extends RaRecord<Id> {
  createdAt: string;
  modifiedAt: string;
}

export interface Lead extends Base {
  number: string;
  salutationName?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  title?: string | null;
  accountName?: string | null;
  emailAddress?: string | null;
  phoneNumber?: string | null;
  website?: string | null;
  status: string;
  source?: string | null;
  industry?: string | null;
  opportunityAmount?: string | null;
  opportunityAmountCurrency?: string | null;
  description?: string | null;
  assignedUserId?: Id | null;
  convertedAt?: string | null;
  createdAccountId?: Id | null;
  createdContactId?: Id | null;
  createdOpportunityId?: Id | null;
}

export interface Account extends Base {
  name: string;
  type?: string | null;
  emailAddress?: string | null;
}

export interface Contact extends Base {
  firstName?: string | null;
  lastName: string;
  emailAddress?: string | null;
  accountId?: Id | null;
}

export interface Opportunity extends Base {
  number: string;
  name: string;
  amount: string;
  currency: string;
  accountId?: Id | null;
  contactId?: Id | null;
  stage: string;
  probability?: number | null;
  lastStage?: string | null;
  closeDate: string;
  assignedUserId?: Id | null;
}

export interface NoteChange {
  was?: unknown;
  became?: unknown;
}

/** What the server puts in notes' `data` (server/domain/shared/records.ts, convert-lead.ts). */
export interface NoteData {
  /** Update: field → was/became. */
  fields?: Record<string, NoteChange>;
  /** Assign: the previous and new assignee ids. */
  was?: Id | null;
  became?: Id | null;
  /** Create: the assignee at creation. */
  assignedUserId?: Id | null;
  /** Relate on a record made from a lead: the lead's number ("L-12") and id. */
  convertedFrom?: string;
  leadId?: Id;
  /** Relate on the converted lead: what it became. */
  convertedTo?: { entityType: string; id: Id }[];
  subject?: string;
  /** Update on a case a customer's reply reopened. */
  reopened?: boolean;
  [key: string]: unknown;
}

export interface Note extends Base {
  type: string;
  post?: string | null;
  parentType: string;
  parentId: Id;
  data?: NoteData | null;
  relatedType?: string | null;
  relatedId?: Id | null;
  isInternal?: boolean;
  createdById?: Id | null;
}

export interface Stage {
  name: string;
  labelEn: string;
  labelFr: string;
  probability: number;
}

export interface StageSettings extends RaRecord<Id> {
  stages: Stage[];
}

export interface User extends Base {
  name: string;
  emailAddress: string;
  isAdmin: boolean;
  isActive: boolean;
}

/** The support desk (spec: domain.md Case, email.md). */
export interface Case extends Base {
  number: string;
  name: string;
  status: string;
  priority: string;
  type?: string | null;
  description?: string | null;
  accountId?: Id | null;
  contactId?: Id | null;
  contactsIds?: Id[];
  leadId?: Id | null;
  assignedUserId?: Id | null;
  isInternal?: boolean;
  inboundEmailAccountId?: Id | null;
  streamUpdatedAt?: string | null;
}

export interface EmailAttachment {
  id?: Id;
  filename?: string | null;
  name?: string | null;
  contentType?: string | null;
  size?: number | null;
  link?: string | null;
}

export interface Email extends Base {
  direction: 'in' | 'out';
  status: string;
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string[] | null;
  from?: string | null;
  fromName?: string | null;
  to?: string[] | null;
  cc?: string[] | null;
  subject?: string | null;
  bodyText?: string | null;
  bodyHtml?: string | null;
  attachments?: EmailAttachment[] | null;
  source?: string | null;
  emailAccountId?: Id | null;
  parentType?: string | null;
  parentId?: Id | null;
  error?: string | null;
}

export interface EmailAccount extends Base {
  name: string;
  emailAddress: string;
  status: string;
  hasPassword?: boolean;
  lastPolledAt?: string | null;
  lastError?: string | null;
}

/** What the e-mail notes of a case carry in `data` (EmailReceived, EmailSent). */
export interface MailNoteData {
  emailId?: Id;
  from?: string;
  fromName?: string | null;
  to?: string[] | string;
  subject?: string;
  /** EmailReceived: the file names, in the e-mail's attachment order */
  attachments?: (EmailAttachment | string)[];
}
