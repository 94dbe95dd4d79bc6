/**
 * A load generator in its own process (bench/slack-ack.ts): each stdin line
 * `{"port","n","secret","user","responseBase","seq"}` fires n concurrent signed /pipeline commands
 * at 127.0.0.1:port/slack/events and answers one stdout line: the ack times in ms.
 */
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { commandBody, slackSignature } from '../../tests/support/slack-request';

const agent = new Agent({ keepAlive: true, maxSockets: 1000 });

function post(port: number, body: string, signature: string, ts: number) {
  return new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          'X-Slack-Request-Timestamp': String(ts),
          'X-Slack-Signature': signature,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`ack status ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

for await (const line of createInterface({ input: process.stdin })) {
  const o = JSON.parse(line) as {
    port: number;
    n: number;
    secret: string;
    user: string;
    responseBase: string;
    seq: number;
  };
  const ts = Math.floor(Date.now() / 1000);
  const signed = Array.from({ length: o.n }, (_, i) => {
    const body = commandBody({
      command: '/pipeline',
      text: '',
      user_id: o.user,
      response_url: `${o.responseBase}/${o.seq}-${i}`,
      trigger_id: `${Date.now()}.${randomBytes(6).toString('hex')}`,
    });
    return { body, sig: slackSignature(o.secret, ts, body) };
  });
  try {
    const times = await Promise.all(signed.map((s) => post(o.port, s.body, s.sig, ts)));
    process.stdout.write(`${JSON.stringify(times)}\n`);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ error: (err as Error).message })}\n`);
  }
}
