/**
 * The webhook load generator of bench/inbound-webhook.ts, in its own process (its CPU is not the
 * server's). Each stdin line `{"port","path","token","file","concurrency"}` names a JSON file
 * `{messages: base64[], after: (number|null)[]}` read before the clock starts; the messages are
 * POSTed in order with a fixed number in flight, message i waiting for message `after[i]` (its
 * original) to be answered first. Answers one stdout line:
 * `{"times": ms per message, "wallMs", "waited", "statuses": {status: count}}`.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function post(port: number, path: string, token: string, body: Buffer) {
  return new Promise<{ ms: number; status: number }>((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        headers: {
          'Content-Type': 'message/rfc822',
          'Content-Length': body.length,
          Authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ ms: performance.now() - started, status: res.statusCode ?? 0 }),
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
    path: string;
    token: string;
    file: string;
    concurrency: number;
  };
  try {
    const input = JSON.parse(readFileSync(o.file, 'utf8')) as {
      messages: string[];
      after: (number | null)[];
    };
    const bodies = input.messages.map((m) => Buffer.from(m, 'base64'));
    const times = new Array<number>(bodies.length).fill(Number.NaN);
    const done = bodies.map(() => {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => {
        resolve = r;
      });
      return { promise, resolve, settled: false };
    });
    const statuses: Record<string, number> = {};
    let next = 0;
    let waited = 0;
    const started = performance.now();
    const lane = async () => {
      while (next < bodies.length) {
        const i = next++;
        const after = input.after[i];
        if (after !== null && after !== undefined && !done[after]!.settled) {
          waited++;
          await done[after]!.promise;
        }
        const r = await post(o.port, o.path, o.token, bodies[i]!);
        times[i] = r.ms;
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        done[i]!.settled = true;
        done[i]!.resolve();
      }
    };
    await Promise.all(Array.from({ length: o.concurrency }, lane));
    const wallMs = performance.now() - started;
    process.stdout.write(`${JSON.stringify({ times, wallMs, waited, statuses })}\n`);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ error: (err as Error).message })}\n`);
  }
}
