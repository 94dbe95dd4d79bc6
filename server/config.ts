import { existsSync } from 'node:fs';
import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: optional,
  DATABASE_URL: optional,
  DATA_DIR: z.string().default('./data'),
  SECRET_KEY: optional,
  ADMIN_EMAIL: optional.pipe(z.email().optional()),
  ADMIN_PASSWORD: optional,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Slack over HTTP at /slack/events (both), or Socket Mode with SLACK_APP_TOKEN (contract.md). */
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional.pipe(z.url().optional()),
  /** Outbound mail (contract.md): unset SMTP_URL keeps mail in the outbox table (`Kept`). */
  SMTP_URL: optional.pipe(z.url().optional()),
  MAIL_FROM: optional,
  /** Inbound SMTP listener for e-mail-to-case (contract.md); off when unset. Host defaults to HOST. */
  INBOUND_SMTP_PORT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  INBOUND_SMTP_HOST: optional,
  /** Enables `POST /api/inbound/email` (raw MIME, `Authorization: Bearer <token>`); off when unset. */
  INBOUND_EMAIL_TOKEN: optional,
  /** IMAP mailboxes: the safety-net poll period (IDLE pushes in between), in seconds. */
  IMAP_POLL_SECONDS: z.coerce.number().int().min(5).default(60),
  /** Lifetime of a login token, in hours. */
  TOKEN_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 30),
});

export type Config = Omit<z.infer<typeof schema>, 'PUBLIC_URL'> & { PUBLIC_URL: string };

/** Reads `.env` (if present) and the environment into a typed, validated config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (env === process.env && existsSync('.env')) process.loadEnvFile('.env');
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return { ...c, PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.PORT}` };
}
