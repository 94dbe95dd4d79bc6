import type { ImapSettings } from '../../domain/mailboxes/poll-state';
import { describeImapError, imapClient } from './imap-client';

const TIMEOUT_MS = 10_000;

/**
 * The panel's "Test connection": connects with these settings, logs in, opens the monitored
 * folder and reports how many messages it holds, or what went wrong in plain words. Never
 * throws and never takes more than about 10 s.
 */
export async function testImapConnection(
  s: ImapSettings,
  timeoutMs = TIMEOUT_MS,
): Promise<{ ok: boolean; message: string }> {
  const client = imapClient(s, { timeoutMs });
  client.on('error', () => {}); // the failure is reported by the command that hit it
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      (async () => {
        await client.connect();
        const folders = await client.list();
        if (!folders.some((f) => f.path === s.monitoredFolder)) {
          const names = folders.map((f) => f.path).slice(0, 20);
          return {
            ok: false,
            message: `Logged in, but the folder "${s.monitoredFolder}" does not exist. Folders: ${names.join(', ')}.`,
          };
        }
        const box = await client.mailboxOpen(s.monitoredFolder, { readOnly: true });
        const n = box.exists;
        return {
          ok: true,
          message: `Connected to ${s.host}: "${s.monitoredFolder}" holds ${n} message${n === 1 ? '' : 's'}.`,
        };
      })(),
      deadline,
    ]);
  } catch (err) {
    return { ok: false, message: describeImapError(err, s) };
  } finally {
    clearTimeout(timer);
    // A polite LOGOUT when logged in; otherwise (or if it hangs) just drop the socket.
    if (client.usable) await Promise.race([client.logout().catch(() => {}), sleep(1000)]);
    client.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
