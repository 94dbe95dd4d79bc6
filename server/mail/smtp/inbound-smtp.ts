import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { systemActor } from '../../domain/access/actor';
import { type Services, withActor } from '../../domain/context';
import { ingestEmail } from '../../domain/inbox/ingest-email';
import { mailboxByAddress, ourInboundAddresses } from '../../domain/mailboxes/inbound-addresses';

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

export interface InboundSmtpOptions {
  port: number;
  host: string;
  services: Services;
  log: Logger;
  /** Largest message accepted, in bytes (default 25 MiB); larger ones get 552. */
  maxBytes?: number;
}

export interface InboundSmtp {
  port: number;
  stop(): Promise<void>;
}

/** An SMTP reply: smtp-server sends `responseCode` and the message to the client. */
const reply = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/**
 * The inbound SMTP listener for e-mail-to-case (email.md, "Three ways in"; contract.md,
 * INBOUND_SMTP_PORT). It takes mail only for our own addresses (MAIL_FROM and the active
 * mailboxes: 550 for anyone else, so it is never an open relay), caps the size (552), and hands
 * each message to ingest, answering 250 only once it is stored; when storing fails it answers
 * 451 so the sending server retries. No AUTH (the senders are other mail servers) and no
 * STARTTLS (no certificate here: put a TLS-terminating MTA in front on a public network).
 */
export async function startInboundSmtp(opts: InboundSmtpOptions): Promise<InboundSmtp> {
  const ctx = withActor(opts.services, systemActor);
  const log = opts.log.child({ area: 'smtp-in' });
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    disableReverseLookup: true,
    size: maxBytes,
    logger: false,
    banner: 'CRM inbound mail',

    onRcptTo(address, _session, callback) {
      const rcpt = address.address.trim().toLowerCase();
      ourInboundAddresses(ctx).then(
        (ours) =>
          ours.includes(rcpt)
            ? callback()
            : callback(reply(550, `5.1.1 <${rcpt}>: no such mailbox here; relaying denied`)),
        (err) => {
          log.error({ error: errText(err) }, 'recipient lookup failed');
          callback(reply(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    },

    onData(stream, session, callback) {
      collect(stream, maxBytes).then(async (raw) => {
        if (stream.sizeExceeded || !raw) {
          log.info({ bytes: raw?.length ?? 'over' }, 'message over the size cap refused');
          return callback(reply(552, `5.3.4 Message too big: the limit is ${maxBytes} bytes`));
        }
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        try {
          let emailAccountId: string | null = null;
          for (const to of envelopeTo) {
            const m = await mailboxByAddress(ctx, to);
            if (m) {
              emailAccountId = m.id;
              break;
            }
          }
          const r = await ingestEmail(ctx, { raw, source: 'smtp', emailAccountId, envelopeTo });
          log.info(
            { emailId: r.emailId, status: r.status, duplicate: r.duplicate },
            'mail received',
          );
          callback(null, 'Message stored');
        } catch (err) {
          log.error({ error: errText(err) }, 'could not store inbound mail');
          callback(reply(451, '4.3.0 Could not store the message, try again later'));
        }
      }, callback);
    },
  });
  server.on('error', (err) => log.error({ error: errText(err) }, 'inbound SMTP error'));

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.server.once('error', onError);
    server.listen(opts.port, opts.host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ host: opts.host, port }, 'inbound SMTP listening');
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const errText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The message bytes, or null once past the cap (the rest is read and dropped). */
function collect(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= maxBytes) chunks.push(c);
    });
    stream.once('end', () => resolve(size > maxBytes ? null : Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}
