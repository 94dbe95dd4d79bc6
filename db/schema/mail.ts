import { customType, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from './columns';
import { users } from './users';

/** Raw bytes (PostgreSQL `bytea`), read and written as Node Buffers. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

export type OutboundEmailStatus = 'Queued' | 'Sent' | 'Failed' | 'Kept';

/** What the e-mail row says about each attachment; the bytes are in `outbound_email_attachments`. */
export interface AttachmentMeta {
  filename: string;
  contentType: string;
  size: number;
}

/**
 * The outbox (email.md, Outbound): every e-mail the CRM sends, written with its `mail.send` job in
 * one transaction. `Queued` → `Sent` (with the SMTP Message-ID) or `Failed` (with the error, after
 * the last retry); `Kept` when no SMTP server is configured (contract.md: kept, never dropped).
 */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').array().notNull(),
    cc: text('cc').array().notNull().default([]),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    attachments: jsonb('attachments').$type<AttachmentMeta[]>().notNull().default([]),
    status: text('status').$type<OutboundEmailStatus>().notNull().default('Queued'),
    messageId: text('message_id'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    /** The record the e-mail is about (e.g. `Invoice`), for its stream and history. */
    parentType: text('parent_type'),
    parentId: uuid('parent_id'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    index('outbound_emails_status').on(t.status, t.createdAt),
    index('outbound_emails_parent').on(t.parentType, t.parentId),
  ],
);

/** An outbound e-mail's attachment bytes, in order (`position`), deleted with the e-mail. */
export const outboundEmailAttachments = pgTable(
  'outbound_email_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    emailId: uuid('email_id')
      .notNull()
      .references(() => outboundEmails.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [index('outbound_email_attachments_email').on(t.emailId, t.position)],
);
