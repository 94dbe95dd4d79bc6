import { describe, expect, it } from 'vitest';
import { speechFor } from '../../bot/i18n';
import { describeDomainError } from '../../bot/i18n/domain-errors';
import { formatDate, formatMoney, formatPercent } from '../../bot/i18n/format';
import { langOf } from '../../bot/i18n/locale';
import { en } from '../../bot/i18n/messages-en';
import { fr } from '../../bot/i18n/messages-fr';
import { Conflict, Forbidden, Invalid, NotFound } from '../../server/domain/errors';

describe('language', () => {
  it('is French for any fr locale and English otherwise', () => {
    expect(langOf('fr-FR')).toBe('fr');
    expect(langOf('fr-CA')).toBe('fr');
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('de-DE')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(fr.leadStatus).sort()).toEqual(Object.keys(en.leadStatus).sort());
  });
});

describe('formatMoney', () => {
  it('formats English amounts with commas and a leading symbol', () => {
    expect(formatMoney('12500', 'EUR', 'en-US')).toBe('€12,500.00');
    expect(formatMoney('1250.5', 'USD', 'en-US')).toBe('$1,250.50');
    expect(formatMoney('0.00', 'EUR', 'en-US')).toBe('€0.00');
  });

  it('formats French amounts with no-break spaces, a decimal comma and a trailing symbol', () => {
    expect(formatMoney('12500.00', 'EUR', 'fr-FR')).toBe('12\u00a0500,00\u00a0€');
    expect(formatMoney('1234567.89', 'EUR', 'fr')).toBe('1\u00a0234\u00a0567,89\u00a0€');
  });

  it('never uses the narrow no-break space Slack shows badly', () => {
    for (const loc of ['fr-FR', 'fr-CA', 'en-US']) {
      expect(formatMoney('9876543.21', 'EUR', loc)).not.toMatch(/\u202f/);
      expect(formatMoney('9876543.21', 'CHF', loc)).not.toMatch(/\u202f/);
      expect(formatDate('2026-12-31', loc)).not.toMatch(/\u202f/);
    }
    expect(formatPercent(80, 'fr-FR')).toBe('80\u00a0%');
  });

  it('keeps every digit of amounts beyond float precision', () => {
    expect(formatMoney('9999999999999999.99', 'EUR', 'en-US')).toBe('€9,999,999,999,999,999.99');
    expect(formatMoney('0.10', 'EUR', 'fr-FR')).toBe('0,10\u00a0€');
  });

  it('handles negative amounts, unknown codes and missing values', () => {
    expect(formatMoney('-3.1', 'EUR', 'en-US')).toBe('-€3.10');
    expect(formatMoney('10', 'XYZ', 'en-US')).toContain('10.00');
    expect(formatMoney(null, 'EUR', 'en-US')).toBe('—');
  });
});

describe('formatDate', () => {
  it('shows a calendar date in the locale without shifting it', () => {
    expect(formatDate('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
    expect(formatDate('2026-12-31', 'fr-FR')).toBe('31 déc. 2026');
    expect(formatDate('2026-01-01', 'fr-FR')).toBe('1 janv. 2026');
  });
});

describe('domain errors', () => {
  const enS = speechFor('en-US');
  const frS = speechFor('fr-FR');

  it('become friendly text in the user language', () => {
    expect(describeDomainError(new Forbidden(), frS)).toBe(fr.forbidden);
    expect(describeDomainError(new NotFound('Lead'), enS, 'Lead')).toContain('not found');
    const invalid = new Invalid({ emailAddress: 'Not a valid e-mail address.' });
    expect(describeDomainError(invalid, frS)).toContain('Adresse e-mail non valide.');
    expect(describeDomainError(new Conflict('L-1 was already converted.'), enS)).toContain(
      'already converted',
    );
  });

  it('leave other errors to the caller (no trace ever reaches the user)', () => {
    expect(describeDomainError(new Error('boom at line 12'), enS)).toBeNull();
  });
});
