import type { App, Receiver, ReceiverEvent, StringIndexed } from '@slack/bolt';
import { verifySlackRequest } from '@slack/bolt';
import type { Logger } from 'pino';

/** Slack's signature window (slack.md, Reliability): older or newer requests are refused. */
const MAX_SKEW_SECONDS = 5 * 60;
const MAX_BODY = 1024 * 1024;

export interface HonoReceiverOptions {
  signingSecret: string;
  log: Logger;
  /**
   * Marks a delivery id (event_id, trigger_id) as handled; false when it already was, and the
   * request is then acknowledged without being processed again.
   */
  claim(delivery: { id: string; kind: string }): Promise<boolean>;
  /** Answer with an empty 200 if no listener acknowledged by then (Slack gives up at 3 s). */
  ackTimeoutMs?: number;
  now?: () => number;
}

/**
 * A Bolt receiver for the one Hono server: `handle(request)` answers `POST /slack/events`.
 * Signatures are checked with Bolt's `verifySlackRequest` (401 when bad or stale); the response is
 * sent as soon as the listener calls `ack()` and the listener carries on after it. Events API
 * deliveries are acknowledged at once, then processed once per `event_id`.
 */
export class HonoReceiver implements Receiver {
  private bolt?: App;
  /** Requests received and not yet answered: work after an ack waits while there are any. */
  private inFlight = 0;

  constructor(private readonly opts: HonoReceiverOptions) {}

  init(app: App) {
    this.bolt = app;
  }
  start() {
    return Promise.resolve();
  }

  /** Listener work still running after its ack (Events API work runs wholly after it). */
  private working = new Set<Promise<unknown>>();

  private track(work: Promise<unknown>) {
    this.working.add(work);
    void work.finally(() => this.working.delete(work)).catch(() => {});
  }

  /**
   * Waits (at most `maxMs`) for listener work already started, so a stopping process does not
   * close the database under a reply that is half written.
   */
  async stop(maxMs = 10_000) {
    if (!this.working.size) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.working]),
      new Promise((r) => {
        timer = setTimeout(r, maxMs);
      }),
    ]);
    clearTimeout(timer);
  }

  handle = async (request: Request): Promise<Response> => {
    this.inFlight++;
    try {
      return await this.receive(request);
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) this.wakeQuietWaiters();
    }
  };

  /** Work waiting for the acks of a burst to be written (see `quiet`). */
  private quietWaiters: (() => void)[] = [];

  private wakeQuietWaiters() {
    const waiters = this.quietWaiters;
    this.quietWaiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Resolves when no request is waiting for its ack (or after `maxMs`): listeners' slow work
   * yields to the acks of a burst, so every ack leaves well inside Slack's 3 seconds.
   */
  private async quiet(maxMs = 1000) {
    await new Promise((r) => setImmediate(r));
    if (this.inFlight === 0) return;
    // One wake-up when the last pending request is answered, not a timer per waiting listener.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, maxMs);
      this.quietWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private receive = async (request: Request): Promise<Response> => {
    const { log } = this.opts;
    const rawBody = await request.text();
    if (rawBody.length > MAX_BODY) return new Response('Payload too large', { status: 413 });
    if (!this.verified(request, rawBody)) return new Response('Unauthorized', { status: 401 });

    let body: StringIndexed;
    try {
      body = parseBody(request.headers.get('content-type') ?? '', rawBody);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (body.ssl_check) return new Response('', { status: 200 });
    if (body.type === 'url_verification') return Response.json({ challenge: body.challenge });
    if (!this.bolt) return new Response('Not ready', { status: 503 });

    const retryNum = Number(request.headers.get('x-slack-retry-num') ?? '') || undefined;
    const retryReason = request.headers.get('x-slack-retry-reason') ?? undefined;
    const delivery = deliveryOf(body);

    // Events API: nothing goes back in the response, so answer now; process once per event_id.
    if (body.type === 'event_callback') {
      const work = (async () => {
        await this.quiet();
        if (delivery && !(await this.opts.claim(delivery))) {
          log.info(
            { eventId: delivery.id, retryNum, retryReason },
            'slack retry ignored: already handled',
          );
          return;
        }
        await this.bolt!.processEvent({ body, retryNum, retryReason, ack: async () => {} });
      })().catch((err) => log.error({ err }, 'slack event failed'));
      this.track(work);
      return new Response('', { status: 200 });
    }

    // Commands and interactions: the claim runs beside the listener, off the ack's path; the
    // work after the ack waits for it, and a repeated trigger_id stops there (DuplicateDelivery).
    const claimed = delivery ? this.opts.claim(delivery) : Promise.resolve(true);
    claimed.catch(() => {});
    return this.dispatch({ body, retryNum, retryReason }, claimed);
  };

  /** Runs the listeners; resolves with the HTTP response as soon as they ack. */
  private dispatch(
    event: Omit<ReceiverEvent, 'ack'>,
    claimed: Promise<boolean>,
  ): Promise<Response> {
    const { log } = this.opts;
    return new Promise<Response>((resolve) => {
      let acked = false;
      const answer = (response: Response) => {
        if (acked) return false;
        acked = true;
        clearTimeout(timer);
        resolve(response);
        return true;
      };
      const timer = setTimeout(() => {
        if (answer(new Response('', { status: 200 }))) {
          log.warn(
            { type: event.body.type, command: event.body.command },
            'slack request not acknowledged in time',
          );
        }
      }, this.opts.ackTimeoutMs ?? 2500);

      const ack: ReceiverEvent['ack'] = async (response?: unknown) => {
        if (response === undefined || response === '') answer(new Response('', { status: 200 }));
        else if (typeof response === 'string') answer(new Response(response, { status: 200 }));
        else answer(Response.json(response));
        // The listener's work after the ack waits until the acks of requests already received
        // (a burst) are written.
        await this.quiet();
        if (!(await claimed)) throw new DuplicateDelivery();
      };
      const work = this.bolt!.processEvent({ ...event, ack }).catch((err) => {
        if (isDuplicate(err)) {
          log.info({ triggerId: event.body.trigger_id }, 'slack request already handled');
          return;
        }
        log.error({ err }, 'slack listener failed');
        answer(new Response('', { status: 500 }));
      });
      this.track(work);
    });
  }

  private verified(request: Request, rawBody: string): boolean {
    const ts = Number(request.headers.get('x-slack-request-timestamp'));
    const nowMs = this.opts.now?.() ?? Date.now();
    if (!Number.isFinite(ts) || Math.abs(nowMs / 1000 - ts) > MAX_SKEW_SECONDS) return false;
    try {
      verifySlackRequest({
        signingSecret: this.opts.signingSecret,
        body: rawBody,
        headers: {
          'x-slack-signature': request.headers.get('x-slack-signature') ?? '',
          'x-slack-request-timestamp': ts,
        },
        nowMilliseconds: nowMs,
      });
      return true;
    } catch (err) {
      this.opts.log.warn({ reason: (err as Error).message }, 'slack request refused');
      return false;
    }
  }
}

/** Thrown by `ack()` when this trigger_id was handled already: the listener stops there. */
export class DuplicateDelivery extends Error {
  constructor() {
    super('This Slack request was already handled.');
    this.name = 'DuplicateDelivery';
  }
}

/** Bolt may wrap a listener's error (`original`, or `originals` for several listeners). */
export function isDuplicate(err: unknown): boolean {
  const e = err as { name?: string; original?: unknown; originals?: unknown[] } | undefined;
  if (!e) return false;
  if (e instanceof DuplicateDelivery || e.name === 'DuplicateDelivery') return true;
  return isDuplicate(e.original) || (e.originals ?? []).some(isDuplicate);
}

function parseBody(contentType: string, raw: string): StringIndexed {
  if (contentType.includes('application/json')) return JSON.parse(raw);
  const form = Object.fromEntries(new URLSearchParams(raw));
  return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
}

/** The id a retried delivery shares with the first: the event_id, else the trigger_id. */
function deliveryOf(body: StringIndexed): { id: string; kind: string } | null {
  if (body.type === 'event_callback' && typeof body.event_id === 'string') {
    return { id: body.event_id, kind: `event:${body.event?.type ?? '?'}` };
  }
  if (typeof body.trigger_id === 'string' && body.trigger_id) {
    return {
      id: `trigger:${body.trigger_id}`,
      kind: body.command ? `command:${body.command}` : String(body.type ?? 'interaction'),
    };
  }
  return null;
}
