import { serve } from '@hono/node-server';
import pino from 'pino';
import { createBot } from '../bot/app';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { loadConfig } from './config';
import { systemActor } from './domain/access/actor';
import { type Services, systemClock, withActor } from './domain/context';
import { resumeReceivedEmails } from './domain/inbox/resume-received';
import { configureSecretKey } from './domain/keys';
import { configureMailIdentity } from './domain/outbox/mail-identity';
import { bootstrapAdmin } from './domain/users/bootstrap-admin';
import { createApp } from './http/app';
import { startMailWorker } from './jobs/mail-send';
import { startJobQueue } from './jobs/queue';
import { jobWebClient, startSlackApiWorker } from './jobs/slack-api';
import { startSlackCardWorker } from './jobs/slack-card';
import { startSlackThreadWorker } from './jobs/slack-thread';
import { startImapPollers } from './mail/imap/imap-pollers';
import { startInboundSmtp } from './mail/smtp/inbound-smtp';
import { resolveSecretKey } from './secret-key';

/** Process entry: config → database → jobs → HTTP, Slack and the inbound mail listeners. */
export async function start() {
  const config = loadConfig();
  const log = pino({ level: config.LOG_LEVEL, redact: ['password', '*.password', 'token'] });
  configureSecretKey(resolveSecretKey(config.SECRET_KEY, config.DATA_DIR));
  configureMailIdentity({ mailFrom: config.MAIL_FROM, publicUrl: config.PUBLIC_URL });
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
  });
  await migrateDatabase(database);
  const queue = await startJobQueue(database, { log });
  const services: Services = {
    db: database.db,
    kind: database.kind,
    clock: systemClock,
    jobs: queue.jobs,
  };

  const admin = await bootstrapAdmin(services, {
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
  });

  const slack = {
    signingSecret: config.SLACK_SIGNING_SECRET,
    botToken: config.SLACK_BOT_TOKEN,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
  };
  const bot = createBot(slack, { services, log, publicUrl: config.PUBLIC_URL });
  const jobClient = config.SLACK_BOT_TOKEN
    ? jobWebClient(config.SLACK_BOT_TOKEN, config.SLACK_API_URL)
    : undefined;
  const slackWorker = jobClient
    ? await startSlackApiWorker(queue, { client: jobClient, log: log.child({ area: 'jobs' }) })
    : undefined;
  // Follows and notifications (cards to following channels and users); off without Slack.
  const cardWorker = jobClient
    ? await startSlackCardWorker(queue, {
        client: jobClient,
        log: log.child({ area: 'jobs' }),
        publicUrl: config.PUBLIC_URL,
      })
    : undefined;
  // Case threads: each note on a case posted under its card in support channels; off without Slack.
  const threadWorker = jobClient
    ? await startSlackThreadWorker(queue, { client: jobClient, log: log.child({ area: 'jobs' }) })
    : undefined;
  // Outbound mail: always on, so mail without SMTP_URL is kept in the outbox and logged.
  const mailWorker = await startMailWorker(queue, {
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    log: log.child({ area: 'mail' }),
  });
  // Inbound mail: IMAP mailboxes (one process per mailbox, by lease) and the SMTP listener.
  const imapPollers = startImapPollers({
    services,
    log: log.child({ area: 'mail' }),
    pollSeconds: config.IMAP_POLL_SECONDS,
  });
  const inboundSmtp =
    config.INBOUND_SMTP_PORT !== undefined
      ? await startInboundSmtp({
          port: config.INBOUND_SMTP_PORT,
          host: config.INBOUND_SMTP_HOST ?? config.HOST,
          services,
          log: log.child({ area: 'mail' }),
        })
      : undefined;
  // Inbound e-mails stored but never routed (a stop between the two steps): now and every minute.
  const resumeInbound = () =>
    resumeReceivedEmails(withActor(services, systemActor), 60).catch((err) =>
      log.error({ err }, 'resuming received e-mails failed'),
    );
  void resumeInbound();
  const resumeTimer = setInterval(resumeInbound, 60_000);
  resumeTimer.unref();
  if (!bot) {
    log.info(
      'Slack bot off: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_APP_TOKEN for Socket Mode)',
    );
  }

  const app = createApp(services, {
    log,
    tokenTtlHours: config.TOKEN_TTL_HOURS,
    slackEvents: bot?.handle,
    inboundEmailToken: config.INBOUND_EMAIL_TOKEN,
  });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${info.port}`;
    log.info({ database: database.kind, url }, 'CRM listening');
    console.log(`\n  CRM ready: ${url}/admin/  (database: ${database.kind})`);
    if (bot?.mode === 'http') console.log(`  Slack: ${config.PUBLIC_URL}/slack/events`);
    if (!bot) console.log('  Slack: off (no SLACK_* variables; see README, "Connect to Slack")');
    if (admin.created) {
      console.log(`  First start: log in as ${admin.email}`);
      if (admin.generatedPassword) {
        console.log(`  Generated password (shown once): ${admin.generatedPassword}\n`);
      }
    }
  });
  if (bot) {
    await bot.start();
    log.info({ mode: bot.mode }, 'Slack bot on');
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    clearInterval(resumeTimer);
    try {
      await inboundSmtp?.stop();
      await imapPollers.stop();
      await bot?.stop();
      await slackWorker?.stop();
      await cardWorker?.stop();
      await threadWorker?.stop();
      await mailWorker.stop();
      await queue.stop(); // waits for running jobs, then leaves the rest queued
    } catch (err) {
      log.error({ err }, 'error while stopping');
    }
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { app, server, database, queue, bot };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  start().catch((err) => {
    console.error(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
