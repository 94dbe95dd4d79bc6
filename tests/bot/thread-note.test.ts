import { describe, expect, it } from 'vitest';
import { threadIntent } from '../../bot/events/thread-intent';
import { speechFor } from '../../bot/i18n';
import { threadNoteText } from '../../bot/views/thread-note';
import type { ThreadNote } from '../../server/domain/notify/thread-backlog';

const base: ThreadNote = {
  id: 'n1',
  type: 'Post',
  post: null,
  isInternal: false,
  data: {},
  author: 'Alice',
  email: null,
  assign: null,
  related: null,
};
const en = speechFor('en-US');
const fr = speechFor('fr-FR');

describe('what an agent means in a case thread', () => {
  it('public mode: a reply unless it starts with 🔒', () => {
    expect(threadIntent('On it.', 'public')).toEqual({ kind: 'reply', body: 'On it.' });
    expect(threadIntent(':lock: logs look fine', 'public')).toEqual({
      kind: 'note',
      body: 'logs look fine',
    });
    expect(threadIntent('🔒checked', 'public')).toEqual({ kind: 'note', body: 'checked' });
    expect(threadIntent('unlock :lock: later', 'public').kind).toBe('reply');
  });

  it('internal mode: a note unless it starts with ✉️', () => {
    expect(threadIntent('Asked the supplier', 'internal').kind).toBe('note');
    for (const prefix of [':email:', ':envelope:', '✉️', '✉', ':e-mail:']) {
      expect(threadIntent(`${prefix} Fixed now`, 'internal')).toEqual({
        kind: 'reply',
        body: 'Fixed now',
      });
    }
  });
});

describe('a case note in the thread', () => {
  it('a customer e-mail: sender, escaped text, attachments', () => {
    const text = threadNoteText(
      {
        ...base,
        type: 'EmailReceived',
        author: null,
        post: 'See <b>this</b> & that',
        email: { from: 'jane@x.test', fromName: 'Jane Doe', to: [], files: ['a.pdf', 'b.png'] },
      },
      en,
    );
    expect(text).toBe(
      ':email: *Jane Doe* &lt;jane@x.test&gt;: See &lt;b&gt;this&lt;/b&gt; &amp; that\n:paperclip: a.pdf, b.png',
    );
  });

  it('internal posts are marked, status lines are one line, in French too', () => {
    expect(threadNoteText({ ...base, post: 'fan dead', isInternal: true }, en)).toBe(
      ':lock: *Alice* (internal note): fan dead',
    );
    const reopened = {
      ...base,
      type: 'Update',
      author: null,
      data: { reopened: true, fields: { status: { was: 'Closed', became: 'Assigned' } } },
    };
    expect(threadNoteText(reopened, en)).toBe(
      'Status: Closed → Assigned (reopened by customer reply)',
    );
    expect(threadNoteText(reopened, fr)).toContain('(rouvert par la réponse du client)');
    const named = {
      ...base,
      type: 'Update',
      data: { fields: { priority: { was: 'Low', became: 'High' } } },
    };
    expect(threadNoteText(named, en)).toBe('Priority: Low → High (by Alice)');
    expect(
      threadNoteText({ ...base, type: 'Update', data: { fields: { name: {} } } }, en),
    ).toBeNull();
    expect(threadNoteText({ ...base, type: 'Create' }, en)).toBeNull();
  });

  it('cuts a very long e-mail; the case keeps it whole', () => {
    const text = threadNoteText(
      { ...base, type: 'EmailReceived', post: 'x'.repeat(10_000), email: null },
      en,
    )!;
    expect(text.length).toBeLessThan(3200);
    expect(text.endsWith('…')).toBe(true);
  });
});
