export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Probe<T> = () => Promise<T | undefined | null | false> | T | undefined | null | false;

/**
 * Polls `fn` until it returns something truthy and returns that. Generous by default: the suite
 * runs files in parallel on a small machine, with real queues, SMTP and Dovecot behind them.
 */
export async function waitFor<T>(fn: Probe<T>, ms?: number): Promise<T>;
export async function waitFor<T>(what: string, fn: Probe<T>, ms?: number): Promise<T>;
export async function waitFor<T>(
  a: string | Probe<T>,
  b?: Probe<T> | number,
  c?: number,
): Promise<T> {
  const what = typeof a === 'string' ? a : undefined;
  const fn = (typeof a === 'string' ? b : a) as Probe<T>;
  const ms = (typeof a === 'string' ? c : (b as number | undefined)) ?? 20_000;
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(what ? `timed out waiting for ${what}` : 'timed out');
    await sleep(100);
  }
}
