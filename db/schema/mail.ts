import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { users } from './users';

/** Raw bytes (PostgreSQL `bytea`), read and written as Node Buffers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export type EmailDirection = 'in' | 'out';

/**
 * email.md: inbound `Received` (stored, not yet routed: a restart resumes it) → `Imported`
 * (routed to a case), `Ignored` (automatic mail, with the reason in `error`) or `Quarantined`
 * (could not be parsed or routed, with the error; replayable). Outbound `Queued` → `Sent` or
 * `Failed`; `Kept` when no SMTP server is configured (contract.md: kept, never dropped).
 */
export type EmailStatus =
  | 'Received'
  | 'Imported'
  | 'Ignored'
  | 'Quarantined'
  | 'Queued'
  | 'Sent'
  | 'Failed'
  | 'Kept';
/** The outbox's statuses (kept as a name: the outbound worker only sees these). */
export type OutboundEmailStatus = Extract<EmailStatus, 'Queued' | 'Sent' | 'Failed' | 'Kept'>;

/** What the e-mail row says about each attachment; the bytes are in `email_attachments`. */
export interface AttachmentMeta {
  filename: string;
  contentType: string;
  size: number;
}

/** Where an inbound message came in. */
export type EmailSource = 'imap' | 'smtp' | 'webhook';

/**
 * Every e-mail, both ways (email.md, the `emails` resource). Inbound rows are written first with
 * the raw message (`raw`), before anything is parsed, so nothing a customer sends can be lost.
 * Outbound rows are the outbox: written with their `mail.send` job in one transaction.
 */
export const emails = pgTable(
  'emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    direction: text('direction').$type<EmailDirection>().notNull().default('out'),
    status: text('status').$type<EmailStatus>().notNull().default('Queued'),
    /** The Message-ID, with angle brackets. Inbound: unique (one e-mail however often it arrives). */
    messageId: text('message_id'),
    inReplyTo: text('in_reply_to'),
    references: text('references').array().notNull().default([]),
    from: text('from'),
    fromName: text('from_name'),
    to: text('to').array().notNull(),
    cc: text('cc').array().notNull().default([]),
    subject: text('subject').notNull().default(''),
    text: text('text').notNull().default(''),
    html: text('html'),
    attachments: jsonb('attachments').$type<AttachmentMeta[]>().notNull().default([]),
    /** Outbound: extra headers (Auto-Submitted on acknowledgements, …). */
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    /** Inbound: the message exactly as received (replay parses it again). */
    raw: bytea('raw'),
    source: text('source').$type<EmailSource>(),
    emailAccountId: uuid('email_account_id'),
    /** Ignored: the reason; Quarantined/Failed: the error. */
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    /** The record the e-mail is about (a case, an invoice…), for its stream and history. */
    parentType: text('parent_type'),
    parentId: uuid('parent_id'),
    /** Outbound from a Slack thread: the agent's message, which gets ✉️ or ⚠️ when it is settled. */
    slackChannel: text('slack_channel'),
    slackTs: text('slack_ts'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
    modifiedAt: ts('modified_at').notNull().defaultNow(),
  },
  (t) => [
    index('emails_status').on(t.status, t.createdAt),
    index('emails_parent').on(t.parentType, t.parentId, t.createdAt),
    index('emails_created').on(t.createdAt),
    uniqueIndex('emails_inbound_message_id').on(t.messageId).where(sql`${t.direction} = 'in'`),
    index('emails_message_id').on(t.messageId),
    index('emails_from').on(sql`lower(${t.from})`, t.createdAt),
  ],
);

/** An e-mail's attachment bytes, in order (`position`), deleted with the e-mail. */
export const emailAttachments = pgTable(
  'email_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    emailId: uuid('email_id')
      .notNull()
      .references(() => emails.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [index('email_attachments_email').on(t.emailId, t.position)],
);

export type MailboxSecurity = 'SSL' | 'TLS' | 'none';
export type Distribution = 'Direct' | 'Round-Robin' | 'Least-Busy';

/**
 * Group mailboxes (email.md, IMAP): how to reach them, what to do with their mail, and where the
 * poller stands (`uidValidity` as text: imapflow gives a BigInt). The password is encrypted with
 * SECRET_KEY (`passwordEncrypted`) and never leaves the server.
 */
export const emailAccounts = pgTable(
  'email_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    emailAddress: text('email_address').notNull(),
    host: text('host'),
    port: integer('port'),
    security: text('security').$type<MailboxSecurity>().notNull().default('SSL'),
    username: text('username'),
    passwordEncrypted: text('password_encrypted'),
    monitoredFolder: text('monitored_folder').notNull().default('INBOX'),
    processedFolder: text('processed_folder'),
    status: text('status').$type<'Active' | 'Inactive'>().notNull().default('Active'),
    createCase: boolean('create_case').notNull().default(true),
    caseDistribution: text('case_distribution').$type<Distribution>(),
    assignToUserId: uuid('assign_to_user_id').references(() => users.id, { onDelete: 'set null' }),
    teamId: uuid('team_id'),
    /** Round-Robin: who got the last case from this mailbox. */
    lastAssignedUserId: uuid('last_assigned_user_id'),
    autoReply: boolean('auto_reply').notNull().default(false),
    /** A template of `templates/email/` (default `case-acknowledgement`). */
    replyTemplateId: text('reply_template_id'),
    uidValidity: text('uid_validity'),
    lastUid: integer('last_uid').notNull().default(0),
    lastPolledAt: ts('last_polled_at'),
    /** One poller per mailbox across processes: whoever holds an unexpired lease polls it. */
    pollLeaseOwner: text('poll_lease_owner'),
    pollLeaseUntil: ts('poll_lease_until'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull().defaultNow(),
    modifiedAt: ts('modified_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('email_accounts_address').on(sql`lower(${t.emailAddress})`)],
);
