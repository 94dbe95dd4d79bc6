import { describe, expect, it } from 'vitest';
import { parseDealCommand } from '../../bot/commands/parse-deal';
import { parseLeadCommand } from '../../bot/commands/parse-lead';
import { parseLeadNew } from '../../bot/commands/parse-lead-new';
import { parseAmount, parseIsoDate } from '../../bot/commands/parse-money';
import { parsePipelineCommand } from '../../bot/commands/parse-pipeline';

describe('parseLeadNew', () => {
  it('reads name, e-mail, phone and company', () => {
    expect(parseLeadNew('Jane Doe jane@acme.com +33 6 12 34 56 78 at Acme Inc')).toEqual({
      draft: {
        firstName: 'Jane',
        lastName: 'Doe',
        emailAddress: 'jane@acme.com',
        phoneNumber: '+33 6 12 34 56 78',
        accountName: 'Acme Inc',
      },
      unparsed: [],
      complete: true,
    });
  });

  it('takes the optional parts as optional, in any order', () => {
    expect(parseLeadNew('Jane Doe jane@acme.com at Acme Inc').draft).toEqual({
      firstName: 'Jane',
      lastName: 'Doe',
      emailAddress: 'jane@acme.com',
      accountName: 'Acme Inc',
    });
    expect(parseLeadNew('Jean-Luc de la Tour').draft).toEqual({
      firstName: 'Jean-Luc',
      lastName: 'de la Tour',
    });
    expect(parseLeadNew('Dupont').draft).toEqual({ lastName: 'Dupont' });
    expect(parseLeadNew('Marie Curie chez Radium SA').draft.accountName).toBe('Radium SA');
    expect(parseLeadNew('<mailto:a@b.co|a@b.co> Ann Lee').draft).toEqual({
      firstName: 'Ann',
      lastName: 'Lee',
      emailAddress: 'a@b.co',
    });
  });

  it('marks what it cannot read, so the modal opens prefilled', () => {
    const r = parseLeadNew('Jane Doe #42 at Acme');
    expect(r.complete).toBe(false);
    expect(r.unparsed).toEqual(['#42']);
    expect(r.draft).toMatchObject({ firstName: 'Jane', lastName: 'Doe', accountName: 'Acme' });
  });
});

describe('parseLeadCommand', () => {
  it('reads every form', () => {
    expect(parseLeadCommand('')).toEqual({ kind: 'modal' });
    expect(parseLeadCommand('new')).toEqual({ kind: 'modal' });
    expect(parseLeadCommand('list')).toEqual({ kind: 'list', filter: 'all' });
    expect(parseLeadCommand('list mine')).toEqual({ kind: 'list', filter: 'mine' });
    expect(parseLeadCommand('LIST new')).toEqual({ kind: 'list', filter: 'new' });
    expect(parseLeadCommand('show L-12')).toEqual({ kind: 'show', ref: 'L-12' });
    expect(parseLeadCommand('convert jane doe')).toEqual({ kind: 'convert', ref: 'jane doe' });
    expect(parseLeadCommand('help')).toEqual({ kind: 'help' });
    expect(parseLeadCommand('new Jane Doe').kind).toBe('new');
  });

  it('gives usage for wrong or missing arguments', () => {
    expect(parseLeadCommand('list everything')).toMatchObject({
      kind: 'usage',
      problem: { code: 'unknownWord' },
    });
    expect(parseLeadCommand('show')).toEqual({ kind: 'usage', problem: { code: 'missing' } });
    expect(parseLeadCommand('frobnicate')).toMatchObject({
      kind: 'usage',
      problem: { text: 'frobnicate' },
    });
  });
});

describe('parseDealCommand', () => {
  it('reads every form', () => {
    expect(parseDealCommand('list')).toEqual({ kind: 'list', mine: false });
    expect(parseDealCommand('list mine')).toEqual({ kind: 'list', mine: true });
    expect(parseDealCommand('show D-7')).toEqual({ kind: 'show', ref: 'D-7' });
    expect(parseDealCommand('stage D-7 négo')).toEqual({
      kind: 'stage',
      ref: 'D-7',
      stage: 'négo',
    });
    expect(parseDealCommand('stage D-7 closed won')).toEqual({
      kind: 'stage',
      ref: 'D-7',
      stage: 'closed won',
    });
    expect(parseDealCommand('amount D-7 12500')).toEqual({
      kind: 'amount',
      ref: 'D-7',
      value: { amount: '12500' },
    });
    expect(parseDealCommand('close D-7 2026-12-31')).toEqual({
      kind: 'close',
      ref: 'D-7',
      date: '2026-12-31',
    });
    expect(parseDealCommand('')).toEqual({ kind: 'help' });
  });

  it('gives usage for bad amounts, dates and words', () => {
    expect(parseDealCommand('amount D-7 lots')).toEqual({
      kind: 'usage',
      problem: { code: 'badAmount', text: 'lots' },
    });
    expect(parseDealCommand('close D-7 2026-02-30')).toEqual({
      kind: 'usage',
      problem: { code: 'badDate', text: '2026-02-30' },
    });
    expect(parseDealCommand('stage D-7')).toEqual({ kind: 'usage', problem: { code: 'missing' } });
    expect(parseDealCommand('list yours')).toMatchObject({ kind: 'usage' });
  });
});

describe('parseAmount', () => {
  it('reads amounts as people type them, exactly', () => {
    expect(parseAmount('12500')).toEqual({ amount: '12500' });
    expect(parseAmount('12 500,50')).toEqual({ amount: '12500.50' });
    expect(parseAmount('12,500.5')).toEqual({ amount: '12500.5' });
    expect(parseAmount('12.500,50')).toEqual({ amount: '12500.50' });
    expect(parseAmount('€12500')).toEqual({ amount: '12500', currency: 'EUR' });
    expect(parseAmount('12500 usd')).toEqual({ amount: '12500', currency: 'USD' });
    expect(parseAmount('9999999999999999.99')).toEqual({ amount: '9999999999999999.99' });
    // Groups of three after a dot are thousands (the European way).
    expect(parseAmount('12.345')).toEqual({ amount: '12345' });
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['-5', '12.3456', 'abc', '', '1,2,3']) expect(parseAmount(bad)).toBeNull();
  });

  it('accepts only real ISO dates', () => {
    expect(parseIsoDate('2026-12-31')).toBe('2026-12-31');
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('31/12/2026')).toBeNull();
  });
});

describe('parsePipelineCommand', () => {
  it('reads [mine] and refuses the rest', () => {
    expect(parsePipelineCommand('')).toEqual({ kind: 'report', mine: false });
    expect(parsePipelineCommand('mine')).toEqual({ kind: 'report', mine: true });
    expect(parsePipelineCommand('help')).toEqual({ kind: 'help' });
    expect(parsePipelineCommand('theirs')).toMatchObject({ kind: 'usage' });
  });
});
