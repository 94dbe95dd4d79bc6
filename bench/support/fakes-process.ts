/**
 * The outside world of bench/inbound-webhook.ts in a process of its own (as Slack and a mail
 * relay are: their work is not charged to our server): the fake Slack of tests/support, an SMTP
 * sink that counts messages by Message-ID, and `/summary` answering what both received, with the
 * per-call details the bench checks (thread posts by thread_ts and text, Message-IDs).
 * Prints one JSON line: `{"slackUrl","smtpPort","summaryUrl"}`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { FakeSlack } from '../../tests/support/fake-slack';

const slack = await FakeSlack.start();

/** Message-IDs in arrival order (a repeat means the relay got the same e-mail twice). */
const mailIds: string[] = [];
let mailWithoutId = 0;

/** The Message-ID header of a raw message (first header block only, folded lines joined). */
function messageIdOf(raw: string): string | null {
  const end = raw.search(/\r?\n\r?\n/);
  const head = (end < 0 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  return /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? null;
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const id = messageIdOf(Buffer.concat(chunks).toString('latin1'));
      if (id) mailIds.push(id);
      else mailWithoutId++;
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));

const summary = createServer((_req, res) => {
  const counts: Record<string, number> = {};
  for (const c of slack.calls) counts[c.method] = (counts[c.method] ?? 0) + 1;
  const posts = slack.callsOf('chat.postMessage');
  const threadPosts = posts
    .filter((c) => c.args.thread_ts)
    .map((c) => ({
      channel: String(c.args.channel),
      threadTs: String(c.args.thread_ts),
      text: String(c.args.text ?? ''),
    }));
  const cards = posts.filter((c) => !c.args.thread_ts).length;
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ counts, cards, threadPosts, mailIds, mailWithoutId }));
});
await new Promise<void>((resolve) => summary.listen(0, '127.0.0.1', resolve));

process.stdout.write(
  `${JSON.stringify({
    slackUrl: slack.url,
    smtpPort: (smtp.server.address() as AddressInfo).port,
    summaryUrl: `http://127.0.0.1:${(summary.address() as AddressInfo).port}/summary`,
  })}\n`,
);
process.on('SIGTERM', () => process.exit(0));
