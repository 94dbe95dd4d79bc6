import { describe, expect, it } from 'vitest';
import { stripQuoted } from '../../server/domain/inbox/strip-quoted';

describe('stripQuoted', () => {
  it('cuts a Gmail reply at "On … wrote:" and its quoted lines', () => {
    const text =
      'Thanks, that fixed it.\n\nOn Tue, 3 Nov 2026 at 10:00, Acme <support@acme.test> wrote:\n> Try turning it off\n> and on again.\n';
    expect(stripQuoted(text)).toBe('Thanks, that fixed it.');
  });

  it('understands an attribution wrapped over two lines and French clients', () => {
    expect(
      stripQuoted(
        'Merci !\n\nLe mar. 3 nov. 2026 à 10:00, Acme <support@acme.test> a\nécrit :\n> Bonjour\n',
      ),
    ).toBe('Merci !');
    expect(stripQuoted('Merci !\n\nLe 3 nov. 2026, Acme a écrit :\n> Bonjour\n')).toBe('Merci !');
  });

  it('keeps the new text written under the quote (Thunderbird bottom posting)', () => {
    const text =
      'Am 07.05.2012 08:10, schrieb Martin:\n> Hallo Marc,\n> wie geht es?\n\nGut, danke!\nMarc\n';
    expect(stripQuoted(text)).toBe('Gut, danke!\nMarc');
  });

  it('cuts at -----Original Message----- and at an Outlook From:/Sent: block', () => {
    expect(stripQuoted('Yes please.\n\n-----Original Message-----\nFrom: Acme\nHello')).toBe(
      'Yes please.',
    );
    const outlook =
      'See attached.\n\n________________________________\nFrom: Acme Support <support@acme.test>\nSent: Tuesday, November 3, 2026 10:00\nTo: Jane\nSubject: Re: [#4] Printer\n\nHello Jane';
    expect(stripQuoted(outlook)).toBe('See attached.');
  });

  it('drops other quoted lines and keeps the whole text when everything is quoted', () => {
    expect(stripQuoted('> old\nnew\n> older')).toBe('new');
    expect(stripQuoted('> only history\n')).toBe('> only history');
  });
});

describe('stripQuoted and the customer’s own words', () => {
  it('keeps a sentence that only looks like an attribution', () => {
    const text = 'On Monday I wrote:\nthe printer smokes.\nPlease help.';
    expect(stripQuoted(text)).toBe(text);
  });
});
