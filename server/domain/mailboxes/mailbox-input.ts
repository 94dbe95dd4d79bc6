import { z } from 'zod';
import { uuid } from '../shared/fields';

export const MAILBOX_SECURITIES = ['SSL', 'TLS', 'none'] as const;
export const DISTRIBUTIONS = ['Direct', 'Round-Robin', 'Least-Busy'] as const;
export const MAILBOX_STATUSES = ['Active', 'Inactive'] as const;

/** The usual IMAP port for a security setting: implicit TLS on 993, STARTTLS or none on 143. */
export const defaultImapPort = (security: (typeof MAILBOX_SECURITIES)[number]) =>
  security === 'SSL' ? 993 : 143;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const host = z
  .string()
  .trim()
  .max(255)
  .regex(/^[A-Za-z0-9.:[\]-]*$/, 'Enter a host name such as imap.example.com.')
  .nullish()
  .transform((v) => (v ? v.toLowerCase() : null));

/** Empty means the usual port for the security setting (`defaultImapPort`). */
const port = z
  .preprocess(
    (v) => (v === '' ? null : v),
    z.coerce
      .number({ error: 'Enter a port number.' })
      .int('Enter a port number.')
      .min(1, 'Enter a port between 1 and 65535.')
      .max(65535, 'Enter a port between 1 and 65535.')
      .nullish(),
  )
  .transform((v) => v ?? null);

/** Write-only: empty means "keep the stored one" on update. */
const password = z
  .string()
  .max(1000)
  .nullish()
  .transform((v) => (v ? v : null));

const folder = z.string().trim().min(1, 'Enter a folder name.').max(255);

/** A template of templates/email/, by name (`case-acknowledgement`). */
const templateName = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use a template name such as case-acknowledgement.')
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));

export const mailboxCreateInput = z.object({
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(255),
  emailAddress: z
    .string({ error: 'Enter the mailbox address.' })
    .trim()
    .toLowerCase()
    .pipe(z.email('Not a valid e-mail address.')),
  host,
  port,
  security: z.enum(MAILBOX_SECURITIES, { message: 'One of: SSL, TLS, none.' }).default('SSL'),
  username: optionalText(255),
  password,
  monitoredFolder: folder.default('INBOX'),
  processedFolder: optionalText(255),
  status: z.enum(MAILBOX_STATUSES, { message: 'Active or Inactive.' }).default('Active'),
  createCase: z.boolean().default(true),
  caseDistribution: z
    .enum(DISTRIBUTIONS, { message: 'One of: Direct, Round-Robin, Least-Busy.' })
    .nullish()
    .transform((v) => v ?? null),
  assignToUserId: uuid.nullish().transform((v) => v ?? null),
  teamId: uuid.nullish().transform((v) => v ?? null),
  autoReply: z.boolean().default(false),
  replyTemplateId: templateName,
});
export type MailboxCreateInput = z.infer<typeof mailboxCreateInput>;

/** Everything optional; a field left out keeps its value (the password too). */
export const mailboxUpdateInput = z.object({
  name: mailboxCreateInput.shape.name.optional(),
  emailAddress: mailboxCreateInput.shape.emailAddress.optional(),
  host: host.optional(),
  port: port.optional(),
  security: z.enum(MAILBOX_SECURITIES, { message: 'One of: SSL, TLS, none.' }).optional(),
  username: optionalText(255).optional(),
  password,
  monitoredFolder: folder.optional(),
  processedFolder: optionalText(255).optional(),
  status: z.enum(MAILBOX_STATUSES, { message: 'Active or Inactive.' }).optional(),
  createCase: z.boolean().optional(),
  caseDistribution: mailboxCreateInput.shape.caseDistribution.optional(),
  assignToUserId: uuid
    .nullish()
    .transform((v) => v ?? null)
    .optional(),
  teamId: uuid
    .nullish()
    .transform((v) => v ?? null)
    .optional(),
  autoReply: z.boolean().optional(),
  replyTemplateId: templateName.optional(),
});
export type MailboxUpdateInput = z.infer<typeof mailboxUpdateInput>;

/**
 * Settings to test before saving (`POST /api/email-accounts/test`): with `id`, an empty password
 * means the stored one (the form never holds it).
 */
export const connectionTestInput = z.object({
  id: uuid.nullish(),
  host: z
    .string({ error: 'Enter the IMAP server.' })
    .trim()
    .min(1, 'Enter the IMAP server.')
    .max(255)
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'Enter a host name such as imap.example.com.'),
  port,
  security: z.enum(MAILBOX_SECURITIES, { message: 'One of: SSL, TLS, none.' }).default('SSL'),
  username: z
    .string({ error: 'Enter the user name.' })
    .trim()
    .min(1, 'Enter the user name.')
    .max(255),
  password,
  monitoredFolder: folder.default('INBOX'),
});
