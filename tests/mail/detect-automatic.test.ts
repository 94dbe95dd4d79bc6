import { describe, expect, it } from 'vitest';
import { automaticReason } from '../../server/domain/inbox/detect-automatic';
import { parseEmail } from '../../server/domain/inbox/parse-email';
import { readHeaderBlock } from '../../server/domain/inbox/raw-headers';
import { collapse, corpus, corpusFile } from './corpus';

const ours = { addresses: ['support@acme.test'], messageIdDomain: 'acme.test' };

describe('automatic-mail detection on the real-world corpus', () => {
  it.each(corpus.map((e) => [e.file, e] as const))('%s', async (_file, entry) => {
    const raw = corpusFile(entry.file);
    const parsed = await parseEmail(raw);
    const reason = automaticReason(parsed.headers, parsed.from, ours);
    expect(reason !== null, reason ?? 'no marker found').toBe(entry.expect.automatic);
    // What the parser recovers is what index.json says a lenient parser recovers.
    expect(parsed.from).toBe(entry.expect.fromAddress);
    expect(collapse(parsed.subject)).toBe(collapse(entry.expect.subject));
  });
});

const headers = (text: string) => readHeaderBlock(Buffer.from(`${text}\n\nbody\n`));

describe('automatic-mail rules', () => {
  it('takes Auto-Submitted: no for a person, anything else for a machine', () => {
    expect(automaticReason(headers('Auto-Submitted: no'), 'a@b.example', ours)).toBeNull();
    expect(automaticReason(headers('Auto-Submitted: auto-generated'), 'a@b.example', ours)).toMatch(
      /Auto-Submitted/,
    );
  });

  it('only counts the Precedence values that mean bulk or automatic', () => {
    expect(automaticReason(headers('Precedence: first-class'), 'a@b.example', ours)).toBeNull();
    for (const p of ['bulk', 'junk', 'list', 'auto_reply']) {
      expect(automaticReason(headers(`Precedence: ${p}`), 'a@b.example', ours)).toMatch(
        /Precedence/,
      );
    }
  });

  it('refuses mail from our own addresses and with our own Message-ID domain (loops)', () => {
    expect(automaticReason(headers('From: x'), 'Support@Acme.test', ours)).toMatch(/our own/);
    expect(
      automaticReason(headers('Message-ID: <case.1@acme.test>'), 'jane@customer.example', ours),
    ).toMatch(/our own Message-IDs/);
    expect(
      automaticReason(headers('Message-ID: <1@customer.example>'), 'jane@customer.example', ours),
    ).toBeNull();
  });

  it('reads markers from a header block with CR-only line endings and an mbox From line', () => {
    const raw = Buffer.from(
      'From MAILER-DAEMON Fri Nov 15 14:16:10 2013\rSubject: x\rX-Autoreply: yes\r\rbody',
    );
    expect(automaticReason(readHeaderBlock(raw), 'a@b.example', ours)).toBe('X-Autoreply header');
  });
});
