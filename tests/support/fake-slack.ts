import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received: a Web API method, or `response_url` for a response URL post. */
export interface SlackCall {
  method: string;
  args: Record<string, any>;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface FakeSlackUser {
  id: string;
  email?: string;
  name?: string;
  locale?: string;
  tz?: string;
}

type Failure =
  | { kind: 'rate-limit'; retryAfter: number }
  | { kind: 'error'; error: string }
  | { kind: 'status'; status: number }
  | { kind: 'drop' };

/**
 * A fake Slack Web API on a random loopback port. Point `SLACK_API_URL` (WebClient's
 * `slackApiUrl`) at `apiUrl`, and `response_url`s at `responseUrl()`. Every call is recorded with
 * its arguments (form or JSON bodies); answers look like Slack's; failures can be scripted.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly users = new Map<string, FakeSlackUser>();
  private failures = new Map<string, Failure[]>();
  private server?: Server;
  private seq = 0;
  private waiters: { test: (c: SlackCall) => boolean; resolve: (c: SlackCall) => void }[] = [];
  url = '';
  /** Socket Mode tests: the ws:// URL `apps.connections.open` hands out. */
  socketUrl = '';

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    await fake.listen();
    return fake;
  }

  /** Base URL for WebClient's `slackApiUrl` (ends with `/api/`). */
  get apiUrl() {
    return `${this.url}/api/`;
  }

  /** A fresh response_url for a slash command or interaction. */
  responseUrl() {
    return `${this.url}/response/${++this.seq}`;
  }

  addUser(user: FakeSlackUser) {
    this.users.set(user.id, user);
    return user;
  }

  /** The next `times` calls of `method` fail this way (429 with Retry-After, `{ok:false,error}`, a bare HTTP status, or a dropped connection). */
  fail(method: string, failure: Failure, times = 1) {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(failure);
    this.failures.set(method, list);
  }

  callsOf(method: string) {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (already made or to come) of `method` matching `test`. */
  waitFor(method: string, test: (c: SlackCall) => boolean = () => true, timeoutMs = 5000) {
    const match = (c: SlackCall) => c.method === method && test(c);
    const done = this.calls.find(match);
    if (done) return Promise.resolve(done);
    return new Promise<SlackCall>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${method} call within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        test: match,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  reset() {
    this.calls.length = 0;
    this.failures.clear();
  }

  close() {
    return new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private listen() {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const bytes = Buffer.concat(chunks);
      const raw = bytes.toString('utf8');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/upload/')) return this.receiveUpload(path, bytes, req, res);
      if (path === '/_stats') {
        // Counts per method, for a fake running in another process (bench/slack-ack.ts).
        const counts: Record<string, number> = {};
        for (const c of this.calls) counts[c.method] = (counts[c.method] ?? 0) + 1;
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify(counts));
      }
      const method = path.startsWith('/response/') ? 'response_url' : path.replace(/^\/api\//, '');
      const call: SlackCall = {
        method,
        args: parseBody(req, raw),
        headers: req.headers,
        at: Date.now(),
      };
      this.calls.push(call);
      for (const w of [...this.waiters]) {
        if (w.test(call)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(call);
        }
      }

      const failure = this.failures.get(method)?.shift();
      if (failure?.kind === 'drop') return res.destroy();
      if (failure?.kind === 'status') return res.writeHead(failure.status).end('error');
      if (failure?.kind === 'rate-limit') {
        res.writeHead(429, {
          'Retry-After': String(failure.retryAfter),
          'Content-Type': 'application/json',
        });
        return res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      }
      const body =
        failure?.kind === 'error'
          ? { ok: false, error: failure.error }
          : this.answer(method, call.args);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    return new Promise<void>((resolve) => {
      this.server!.listen(0, '127.0.0.1', () => {
        this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
        resolve();
      });
    });
  }

  /**
   * The `upload_url` that `files.getUploadURLExternal` hands out: takes the bytes (raw body) and
   * records an `upload` call with their length and first bytes (`head`, latin1), like Slack's
   * `OK - <length>`.
   */
  private receiveUpload(path: string, bytes: Buffer, req: IncomingMessage, res: ServerResponse) {
    const call: SlackCall = {
      method: 'upload',
      args: {
        url: `${this.url}${path}`,
        length: bytes.length,
        head: bytes.subarray(0, 16).toString('latin1'),
        contentType: req.headers['content-type'],
      },
      headers: req.headers,
      at: Date.now(),
    };
    this.record(call);
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(`OK - ${bytes.length}`);
  }

  private record(call: SlackCall) {
    this.calls.push(call);
    for (const w of [...this.waiters]) {
      if (w.test(call)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
  }

  /** `channel:ts` of a message people wrote in a thread → the thread's parent ts. */
  private threadParents = new Map<string, string>();

  /** Declares a (human) message `ts` in the thread of `threadTs`, for conversations.replies. */
  addThreadReply(channel: string, ts: string, threadTs: string) {
    this.threadParents.set(`${channel}:${ts}`, threadTs);
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    const ts = () => `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`;
    const view = () => ({
      id: `V${randomBytes(4).toString('hex').toUpperCase()}`,
      hash: randomBytes(6).toString('hex'),
      ...(typeof args.view === 'object' ? args.view : {}),
    });
    switch (method) {
      case 'apps.connections.open':
        // Socket Mode: where the client should open its WebSocket (a test's local server).
        return this.socketUrl
          ? { ok: true, url: this.socketUrl }
          : { ok: false, error: 'no_socket' };
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.com/',
          team: 'Fake',
          user: 'crm',
          team_id: 'T0FAKE',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: ts(),
          message: { text: args.text, ts: ts(), bot_id: 'BBOT' },
        };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://fake.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
        };
      case 'views.open':
      case 'views.update':
      case 'views.push':
      case 'views.publish':
        return { ok: true, view: view() };
      case 'users.info': {
        const u = this.users.get(String(args.user));
        if (!u) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: u.id,
            name: u.name ?? u.id.toLowerCase(),
            real_name: u.name ?? u.id,
            tz: u.tz ?? 'Europe/Paris',
            locale: u.locale ?? 'en-US',
            profile: { email: u.email, real_name: u.name ?? u.id, display_name: u.name ?? u.id },
          },
        };
      }
      case 'conversations.replies': {
        // A thread reply's parent, as registered by the test (`addThreadReply`); else a lone message.
        const parent = this.threadParents.get(`${args.channel}:${args.ts}`);
        return {
          ok: true,
          messages: parent ? [{ ts: parent, thread_ts: parent }] : [{ ts: args.ts }],
        };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users ?? 'X')}` } };
      case 'files.getUploadURLExternal':
        return {
          ok: true,
          upload_url: `${this.url}/upload/${++this.seq}`,
          file_id: `F${this.seq}`,
        };
      case 'files.completeUploadExternal':
        return { ok: true, files: [{ id: 'F1', title: 'file' }] };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: true }; // reactions.add, chat.unfurl, files.upload, …
    }
  }
}

function parseBody(req: IncomingMessage, raw: string): Record<string, any> {
  if (!raw) return {};
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/json')) {
    try {
      return JSON.parse(raw);
    } catch {
      return { raw };
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, any> = {};
    for (const [k, v] of new URLSearchParams(raw)) {
      // WebClient JSON-encodes blocks, attachments, view… inside the form.
      out[k] = /^[[{]/.test(v) ? tryJson(v) : v;
    }
    return out;
  }
  return { raw };
}

function tryJson(v: string) {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

/** `node --import tsx tests/support/fake-slack.ts`: a fake in its own process; prints its URL. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const fake = await FakeSlack.start();
  console.log(fake.url);
}
