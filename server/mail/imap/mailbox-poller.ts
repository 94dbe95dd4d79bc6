import type { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import { systemActor } from '../../domain/access/actor';
import { type Ctx, type Services, withActor } from '../../domain/context';
import { ingestEmail } from '../../domain/inbox/ingest-email';
import { releasePollLease, renewPollLease } from '../../domain/mailboxes/poll-lease';
import { mailboxCredentials, savePollState } from '../../domain/mailboxes/poll-state';
import { describeImapError, type ImapClientOptions, imapClient } from './imap-client';

export interface PollerOptions {
  services: Services;
  log: Logger;
  /** This process's lease owner id. */
  owner: string;
  leaseSeconds: number;
  /** Reconnect backoff: first wait and cap, in ms (doubles after each failure in a row). */
  retryMs?: { first: number; max: number };
  client?: ImapClientOptions;
}

/**
 * Reads one mailbox while this process holds its lease: connect, open the monitored folder,
 * import every message above `lastUid` (all of them when UIDVALIDITY changed: ingest dedupes by
 * Message-ID), move each to the processed folder (or flag it \Seen) once it is stored, then IDLE
 * for push; `syncNow()` is the supervisor's periodic safety net. On error or close it reconnects
 * with a fresh client after a backoff and records the error on the mailbox. It stops when asked,
 * or when the lease is no longer ours.
 */
export class MailboxPoller {
  private stopped = false;
  private lost = false;
  private client: ImapFlow | undefined;
  private ready = false;
  private syncing: Promise<void> | null = null;
  /** Why the last pass failed (it then closes the connection, which ends the session). */
  private syncError: unknown;
  private again = false;
  private wake: (() => void) | undefined;
  /** syncNow() callers while not connected: told when a connection's first pass ends (or fails). */
  private waiting: (() => void)[] = [];
  private renewTimer: NodeJS.Timeout | undefined;
  private state = {
    uidValidity: null as string | null,
    lastUid: 0,
    processed: null as string | null,
  };
  private readonly ctx: Ctx;
  private readonly log: Logger;
  readonly done: Promise<void>;

  constructor(
    readonly mailboxId: string,
    private readonly opts: PollerOptions,
  ) {
    this.ctx = withActor(opts.services, systemActor);
    this.log = opts.log.child({ mailbox: mailboxId });
    this.done = this.run();
  }

  /** True once it stopped for good (asked to, or the lease went to another process). */
  get finished() {
    return this.stopped;
  }

  /**
   * Looks for new mail now; resolves when that pass is over. While connecting, it waits for the
   * connection's first pass instead (or its failure).
   */
  syncNow(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.ready) return this.trigger();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private settleWaiting() {
    for (const w of this.waiting.splice(0)) w();
  }

  async stop(): Promise<void> {
    this.halt();
    await this.done;
  }

  private halt() {
    this.stopped = true;
    this.wake?.();
    const c = this.client;
    if (c) void Promise.race([c.logout().catch(() => {}), sleep(1000)]).then(() => c.close());
  }

  private async run() {
    const every = Math.max(1, (this.opts.leaseSeconds * 1000) / 3);
    this.renewTimer = setInterval(() => void this.renew(), every);
    let failures = 0;
    while (!this.stopped) {
      try {
        await this.session();
        failures = 0;
      } catch (err) {
        failures++;
        if (!this.stopped) await this.recordError(err);
      }
      this.settleWaiting();
      if (this.stopped) break;
      const { first, max } = this.opts.retryMs ?? { first: 1000, max: 5 * 60_000 };
      await this.pause(Math.min(max, first * 2 ** Math.max(0, failures - 1)));
    }
    clearInterval(this.renewTimer);
    this.settleWaiting();
    if (!this.lost) {
      await releasePollLease(this.ctx, this.mailboxId, this.opts.owner).catch((err) =>
        this.log.warn({ error: errorText(err) }, 'could not release the mailbox lease'),
      );
    }
  }

  private async renew() {
    if (this.stopped) return;
    try {
      const ours = await renewPollLease(
        this.ctx,
        this.mailboxId,
        this.opts.owner,
        this.opts.leaseSeconds,
      );
      if (!ours) this.loseLease();
    } catch (err) {
      // The database is away: keep going; ingest fails meanwhile and nothing is moved.
      this.log.warn({ error: errorText(err) }, 'could not renew the mailbox lease');
    }
  }

  private loseLease() {
    if (this.stopped) return;
    this.log.info('mailbox lease lost (taken over, deleted or deactivated): poller stops');
    this.lost = true;
    this.halt();
  }

  /** One connection: resolves when it closes because we stop; rejects on any failure. */
  private async session() {
    const creds = await mailboxCredentials(this.ctx, this.mailboxId).catch((err) => {
      throw describe(err, { host: '', port: 0 });
    });
    const client = imapClient(creds, this.opts.client);
    let failure: unknown;
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    client.on('error', (err) => {
      failure ??= err;
    });
    client.on('exists', () => {
      if (this.ready) void this.trigger();
    });
    this.client = client;
    try {
      if (this.stopped) return;
      await client.connect();
      if (creds.processedFolder) await ensureFolder(client, creds.processedFolder);
      await client.mailboxOpen(creds.monitoredFolder);
      this.state = {
        uidValidity: creds.uidValidity,
        lastUid: creds.lastUid,
        processed: creds.processedFolder,
      };
      this.ready = true;
      this.syncError = undefined;
      await this.trigger();
      this.settleWaiting();
      this.log.info({ folder: creds.monitoredFolder }, 'mailbox connected');
      await closed;
      if (!this.stopped) {
        throw this.syncError ?? failure ?? new Error('The IMAP server closed the connection.');
      }
    } catch (err) {
      throw describe(err, creds);
    } finally {
      this.ready = false;
      this.client = undefined;
      if (client.usable) client.close();
    }
  }

  /** Runs a pass, or one more after the running one (mail that arrived meanwhile). */
  private trigger(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      try {
        do {
          this.again = false;
          await this.syncWithin();
        } while (this.again && !this.stopped);
      } catch (err) {
        // The connection is unusable or the database is away: reconnect from scratch.
        if (!this.stopped) {
          this.syncError = err;
          this.log.warn({ error: errorText(err) }, 'mailbox pass failed');
          this.client?.close();
        }
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  /**
   * A pass that does not finish (a command the server never answers; imapflow's own socket
   * timeout is minutes) would hold every later pass behind it: past four command timeouts the
   * connection is dropped and a new one rescans. A pass overtaken this way fails on its closed
   * client; what it stored is deduplicated by Message-ID.
   */
  private async syncWithin() {
    const ms = 4 * (this.opts.client?.timeoutMs ?? 30_000);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.sync(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`A mailbox pass took over ${ms / 1000} s: reconnecting.`)),
            ms,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async sync() {
    const client = this.client;
    const box = client?.mailbox;
    if (!client || !box) throw new Error('No folder is open.');
    // The selected folder's state is as of SELECT: a folder deleted and created again under a
    // live session (a restore, a migration) can leave us watching the old one, whose IDLE never
    // speaks again. STATUS asks the server afresh; a different UIDVALIDITY (or no folder at all)
    // reconnects, and the new SELECT rescans.
    const now = await client.status(box.path, { uidValidity: true });
    if (!now || String(now.uidValidity) !== String(box.uidValidity)) {
      throw new Error('The folder was replaced (UIDVALIDITY changed): opening it again.');
    }
    const validity = String(box.uidValidity);
    if (validity !== this.state.uidValidity) {
      if (this.state.uidValidity !== null) {
        this.log.info(
          { was: this.state.uidValidity, now: validity },
          'UIDVALIDITY changed: rescan',
        );
      }
      this.state.uidValidity = validity;
      this.state.lastUid = 0;
    }
    const found = box.exists
      ? await client.search({ uid: `${this.state.lastUid + 1}:*` }, { uid: true })
      : [];
    // `n:*` always includes the highest UID, even below n.
    const uids = (found || []).filter((u) => u > this.state.lastUid).sort((a, b) => a - b);
    for (const uid of uids) {
      if (this.stopped) return;
      // One command at a time, never inside a fetch() iteration (imapflow hangs otherwise).
      const msg = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
      if (msg !== false && msg.source) {
        await ingestEmail(this.ctx, {
          raw: msg.source,
          source: 'imap',
          emailAccountId: this.mailboxId,
        }).catch((err) => {
          // Only an unreachable database gets here (ingest quarantines bad mail itself).
          throw new StoreError(`Could not store message UID ${uid}: ${errorText(err)}`);
        });
        // Stored: only now may it leave the folder.
        if (this.state.processed) {
          await client.messageMove(String(uid), this.state.processed, { uid: true });
        } else {
          await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        }
      }
      this.state.lastUid = uid;
      await this.save();
      if (this.stopped) return;
    }
    await this.save();
  }

  private async save() {
    const saved = await savePollState(this.ctx, this.mailboxId, {
      owner: this.opts.owner,
      uidValidity: this.state.uidValidity,
      lastUid: this.state.lastUid,
      error: null,
    });
    if (!saved) this.loseLease();
  }

  private async recordError(err: unknown) {
    const message = errorText(err);
    this.log.warn({ error: message }, 'mailbox connection failed; retrying');
    await savePollState(this.ctx, this.mailboxId, { owner: this.opts.owner, error: message }).catch(
      () => {},
    );
  }

  private pause(ms: number) {
    return new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class StoreError extends Error {}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Domain, storage and IMAP errors as one plain message for lastError. */
function describe(err: unknown, creds: { host: string; port: number }): Error {
  if (err instanceof StoreError) return err;
  const fields = (err as { errors?: Record<string, string> }).errors;
  if (fields && typeof fields === 'object') return new Error(Object.values(fields).join(' '));
  if (err instanceof Error && !('responseText' in err) && !('code' in err)) return err;
  return new Error(describeImapError(err, creds));
}

/** Creates the processed folder when it does not exist yet. */
async function ensureFolder(client: ImapFlow, path: string) {
  const folders = await client.list();
  if (folders.some((f) => f.path === path)) return;
  try {
    await client.mailboxCreate(path);
  } catch (err) {
    if ((err as { serverResponseCode?: string }).serverResponseCode !== 'ALREADYEXISTS') throw err;
  }
}
