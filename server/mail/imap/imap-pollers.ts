import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { systemActor } from '../../domain/access/actor';
import { type Services, withActor } from '../../domain/context';
import { claimPollLease } from '../../domain/mailboxes/poll-lease';
import { activeImapMailboxes } from '../../domain/mailboxes/poll-state';
import type { ImapClientOptions } from './imap-client';
import { MailboxPoller } from './mailbox-poller';

export interface ImapPollersOptions {
  services: Services;
  log: Logger;
  /** Safety-net poll and mailbox-list reload period (IDLE pushes in between). Default 60. */
  pollSeconds?: number;
  /** How long a lease lasts without renewal: another process takes a mailbox over after that. */
  leaseSeconds?: number;
  /** This process's lease owner id (default: host, pid and a random part). */
  owner?: string;
  retryMs?: { first: number; max: number };
  client?: ImapClientOptions;
}

export interface ImapPollers {
  /** Reloads the mailbox list, claims free mailboxes and polls every held one; resolves when done. */
  pollNow(): Promise<void>;
  /** Stops every poller (closing its connection) and frees their leases. */
  stop(): Promise<void>;
  /** Ids of the mailboxes this process polls now. */
  held(): string[];
}

/**
 * The IMAP side of e-mail-to-case (email.md, "Three ways in"): every poll period it reloads the
 * active mailboxes (new, edited, removed), starts a poller for each one whose lease it can claim
 * (so with several processes each mailbox is read by one), restarts pollers whose mailbox was
 * edited, and asks the running ones to look for mail in case an IDLE push was missed.
 */
export function startImapPollers(opts: ImapPollersOptions): ImapPollers {
  const pollSeconds = opts.pollSeconds ?? 60;
  const leaseSeconds = opts.leaseSeconds ?? Math.max(90, pollSeconds * 3);
  const owner = opts.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const ctx = withActor(opts.services, systemActor);
  const log = opts.log.child({ area: 'imap' });
  const pollers = new Map<string, { poller: MailboxPoller; settingsKey: string }>();
  let stopped = false;
  let ticking: Promise<void> | null = null;

  const start = (id: string, settingsKey: string) => {
    const poller = new MailboxPoller(id, {
      services: opts.services,
      log,
      owner,
      leaseSeconds,
      retryMs: opts.retryMs,
      client: opts.client,
    });
    pollers.set(id, { poller, settingsKey });
  };

  const reload = async () => {
    const mailboxes = await activeImapMailboxes(ctx);
    const byId = new Map(mailboxes.map((m) => [m.id, m]));
    for (const [id, p] of pollers) {
      const m = byId.get(id);
      if (!m || m.settingsKey !== p.settingsKey || p.poller.finished) {
        pollers.delete(id);
        await p.poller.stop();
      }
    }
    const now = ctx.clock.now().getTime();
    for (const m of mailboxes) {
      if (stopped || pollers.has(m.id)) continue;
      const heldElsewhere =
        m.pollLeaseOwner !== null &&
        m.pollLeaseOwner !== owner &&
        (m.pollLeaseUntil?.getTime() ?? 0) >= now;
      if (heldElsewhere) continue;
      if (await claimPollLease(ctx, m.id, owner, leaseSeconds)) start(m.id, m.settingsKey);
    }
  };

  /** Reload, then a pass on every held mailbox; the timer does not wait for slow servers' passes. */
  const tick = async (waitForPasses: boolean): Promise<void> => {
    ticking ??= reload()
      .catch((err) => {
        log.warn(
          { error: err instanceof Error ? err.message : String(err) },
          'mailbox reload failed',
        );
      })
      .finally(() => {
        ticking = null;
      });
    await ticking;
    if (stopped) return;
    const passes = Promise.all([...pollers.values()].map((p) => p.poller.syncNow()));
    if (waitForPasses) await passes;
  };

  void tick(false);
  const timer = setInterval(() => void tick(false), pollSeconds * 1000);

  return {
    pollNow: async () => {
      await ticking;
      await tick(true);
    },
    held: () => [...pollers.entries()].filter(([, p]) => !p.poller.finished).map(([id]) => id),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await ticking;
      await Promise.all([...pollers.values()].map((p) => p.poller.stop()));
      pollers.clear();
    },
  };
}
