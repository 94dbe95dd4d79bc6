import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

const DOVECOT = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => existsSync(p));

export interface DovecotMessage {
  uid: number;
  messageId: string | undefined;
  subject: string | undefined;
  flags: string[];
}

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** A logged-in client (the caller logs out). */
  connect(): Promise<ImapFlow>;
  /** IMAP APPEND of a raw message to a folder (default INBOX); returns its UID. */
  deliver(raw: string | Buffer, folder?: string): Promise<number>;
  /** The messages of a folder (empty when the folder does not exist). */
  listFolder(name: string): Promise<DovecotMessage[]>;
  /** The folder's UIDVALIDITY, as text. */
  uidValidity(name: string): Promise<string>;
  createFolder(name: string): Promise<void>;
  deleteFolder(name: string): Promise<void>;
  stop(): Promise<void>;
}

const idOf = (flag: '-u' | '-g', name: string) =>
  Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection({ port, host: '127.0.0.1' });
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}

/**
 * A real IMAP server for tests: Debian's Dovecot with its own config in a temp folder (never
 * /etc/dovecot), plain-text login on a loopback port, one passwd-file user with a Maildir.
 */
export async function startDovecot(): Promise<Dovecot> {
  if (!DOVECOT) {
    throw new Error(
      'Dovecot is not installed: the IMAP tests need a real server (apt-get install dovecot-imapd).',
    );
  }
  const version = execFileSync(DOVECOT, ['--version'], { encoding: 'utf8' }).trim();
  if (!/^2\.3\./.test(version)) {
    // 2.4 renamed most settings (dovecot_config_version, auth_allow_cleartext, …).
    throw new Error(`tests/support/dovecot.ts writes a Dovecot 2.3 config; found ${version}.`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'crm-dovecot-'));
  // The dovecot and dovenull users must enter the folder and read the passwd-file.
  chmodSync(dir, 0o755);
  const home = join(dir, 'home');
  mkdirSync(home, { mode: 0o755 });
  // Dovecot refuses to access mail as root: as root, the Maildir belongs to the `dovecot` user.
  const root = process.getuid?.() === 0;
  const uid = root ? idOf('-u', 'dovecot') : process.getuid!();
  const gid = root ? idOf('-g', 'dovecot') : process.getgid!();
  if (root) chownSync(home, uid, gid);
  const user = 'support';
  const password = randomBytes(9).toString('base64url');
  const passwd = join(dir, 'users');
  writeFileSync(passwd, `${user}:{PLAIN}${password}:${uid}:${gid}::${home}\n`, { mode: 0o644 });

  const port = await freePort();
  const me = root ? undefined : execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(
    conf,
    [
      `base_dir = ${join(dir, 'run')}`,
      `state_dir = ${join(dir, 'state')}`,
      `log_path = ${join(dir, 'dovecot.log')}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `first_valid_uid = ${uid}`,
      `mail_uid = ${uid}`,
      `mail_gid = ${gid}`,
      'mail_location = maildir:~/Maildir',
      // Not root: Dovecot runs everything as the current user.
      ...(me ? [`default_internal_user = ${me}`, `default_login_user = ${me}`] : []),
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN ${passwd}`,
      '}',
      'userdb {',
      '  driver = passwd-file',
      `  args = ${passwd}`,
      '}',
      'service imap-login {',
      '  inet_listener imap {',
      '    address = 127.0.0.1',
      `    port = ${port}`,
      '  }',
      '  inet_listener imaps {',
      '    port = 0',
      '  }',
      '}',
      'protocol imap {',
      '  imap_idle_notify_interval = 2 mins',
      '}',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );

  const child: ChildProcess = spawn(DOVECOT, ['-F', '-c', conf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const log = () => {
    const file = join(dir, 'dovecot.log');
    return `${output}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`.trim();
  };
  const started = Date.now();
  while (!(await accepts(port))) {
    if (exited || Date.now() - started > 15_000) {
      child.kill('SIGKILL');
      const why = log();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`Dovecot did not start on 127.0.0.1:${port}:\n${why}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const connect = async () => {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass: password },
      logger: false,
    });
    client.on('error', () => {});
    await client.connect();
    return client;
  };
  const withClient = async <T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> => {
    const c = await connect();
    try {
      return await fn(c);
    } finally {
      await c.logout().catch(() => c.close());
    }
  };

  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    connect,
    deliver: (raw, folder = 'INBOX') =>
      withClient(async (c) => {
        const r = await c.append(folder, raw);
        if (!r) throw new Error(`APPEND to ${folder} failed`);
        return Number(r.uid ?? 0);
      }),
    listFolder: (name) =>
      withClient(async (c) => {
        const list = await c.list();
        if (!list.some((f) => f.path === name)) return [];
        const lock = await c.getMailboxLock(name);
        try {
          const box = c.mailbox;
          if (box === false || !box.exists) return [];
          const all = await c.fetchAll('1:*', { uid: true, envelope: true, flags: true });
          return all.map((m) => ({
            uid: m.uid,
            messageId: m.envelope?.messageId,
            subject: m.envelope?.subject,
            flags: [...(m.flags ?? [])],
          }));
        } finally {
          lock.release();
        }
      }),
    uidValidity: (name) =>
      withClient(async (c) => {
        const s = await c.status(name, { uidValidity: true });
        if (!s) throw new Error(`No folder ${name}`);
        return String(s.uidValidity);
      }),
    createFolder: (name) =>
      withClient(async (c) => {
        await c.mailboxCreate(name);
      }),
    deleteFolder: (name) =>
      withClient(async (c) => {
        await c.mailboxDelete(name);
      }),
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
        if (!exited) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
