import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION,
  docConvertAction,
  quoteActionsBlock,
  quoteStatusAction,
} from '../../bot/views/ids';
import { buttonsIn, type Harness, PUBLIC_URL, startHarness, textOf } from './commands-harness';

let h: Harness;
let alice: { slackId: string; id: string; token: string };
let amelie: { slackId: string; id: string; token: string };
let account: any;
let quote: any;

const post = (path: string, body: Record<string, unknown>) => h.post(alice.token, path, body);
const getQuote = async (id: string) =>
  (await h.t.call('GET', `/api/quotes/${id}`, { token: alice.token })).body;
const digits = (number: string) => String(Number(number.slice(2)));

/** A click on a button of a quote card (a lone card: the answer replaces it). */
const click = (userId: string, actionId: string, value: string, quoteId: string) =>
  h.click(userId, actionId, value, quoteActionsBlock(quoteId));

const buttonsOf = (args: Record<string, any>) => buttonsIn(args).map((e: any) => e.action_id);

beforeAll(async () => {
  h = await startHarness();
  alice = await h.member({ locale: 'en-US', name: 'Alice' });
  amelie = await h.member({ locale: 'fr-FR', name: 'Amélie' });
  account = await post('/api/accounts', { name: 'Globex Corp' });
  quote = await post('/api/quotes', {
    name: 'Globex rollout',
    accountId: account.id,
    assignedUserId: alice.id,
    taxRate: '20',
    items: [
      { name: 'Widget', quantity: '2', unitPrice: '1250' },
      { name: 'Setup', unitPrice: '500' },
    ],
  });
});
afterAll(() => h.close());

describe('/quote list and show', () => {
  it('lists recent quotes with number, name, account, status and grand total', async () => {
    const r = await h.command(alice.slackId, '/quote', 'list');
    const text = textOf(r.args);
    expect(text).toContain(`${quote.number} Globex rollout`);
    expect(text).toContain('Globex Corp');
    expect(text).toContain('Draft');
    expect(text).toContain('€3,600.00'); // (2 × 1250 + 500) × 1.2
    expect(r.args.response_type).toBe('ephemeral');
  });

  it('shows the card for Q-00001, q-1 and 1 alike', async () => {
    for (const ref of [quote.number, `q-${digits(quote.number)}`, digits(quote.number)]) {
      const r = await h.command(alice.slackId, '/quote', `show ${ref}`);
      const text = textOf(r.args);
      expect(text).toContain(`${quote.number} Globex rollout`);
      expect(text).toContain('Widget — 2 × €1,250.00 = €2,500.00');
      expect(text).toContain('Grand total €3,600.00');
      expect(text).toContain(`${PUBLIC_URL}/admin/#/quotes/${quote.id}/show`);
      expect(buttonsOf(r.args)).toEqual([
        quoteStatusAction('Presented'),
        quoteStatusAction('Canceled'),
        docConvertAction('sales-orders'),
        docConvertAction('invoices'),
        ACTION.docPdf,
        ACTION.docEmail,
        ACTION.openAdmin,
      ]);
    }
  });

  it('offers a pick-list when several quotes match a name, and a click shows one', async () => {
    const a = await post('/api/quotes', { name: 'Initech alpha' });
    await post('/api/quotes', { name: 'Initech beta' });
    const r = await h.command(alice.slackId, '/quote', 'show initech');
    expect(r.args.text).toContain('Several records match “initech”');
    const buttons = r.args.blocks.find((b: any) => b.type === 'actions').elements;
    expect(buttons.map((b: any) => b.action_id)).toEqual(['quote.pick:0', 'quote.pick:1']);
    const pick = buttons.find((b: any) => JSON.parse(b.value).id === a.id);
    const card = await click(alice.slackId, pick.action_id, pick.value, a.id);
    expect(textOf(card.args)).toContain(`${a.number} Initech alpha`);
    const none = await h.command(alice.slackId, '/quote', 'show nothing-like-this');
    expect(none.args.text).toContain('No quote matches');
  });
});

describe('/deal quote', () => {
  it('makes a quote from a deal and shows its card', async () => {
    const deal = await post('/api/opportunities', {
      name: 'Umbrella renewal',
      amount: '12500',
      closeDate: '2026-12-15',
      accountId: account.id,
    });
    const r = await h.command(alice.slackId, '/deal', `quote ${deal.number}`);
    const text = textOf(r.args);
    expect(r.args.text).toMatch(new RegExp(`^Quote Q-\\d{5} created from ${deal.number}\\.$`));
    expect(text).toContain('Umbrella renewal — 1 × €12,500.00 = €12,500.00');
    expect(text).toContain('Globex Corp');
    const number = /Q-\d{5}/.exec(r.args.text)![0];
    const listed = await h.t.call('GET', `/api/quotes?filter=${JSON.stringify({ number })}`, {
      token: alice.token,
    });
    expect(listed.body[0]).toMatchObject({ opportunityId: deal.id, status: 'Draft' });
  });
});

describe('status buttons', () => {
  it('moves Draft → Presented → Approved, then refuses politely what the lock forbids', async () => {
    const q = await post('/api/quotes', {
      name: 'Hooli deal',
      items: [{ name: 'X', unitPrice: '10' }],
    });
    const presented = await click(alice.slackId, quoteStatusAction('Presented'), q.id, q.id);
    expect(presented.args.replace_original).toBe(true);
    expect(presented.args.text).toContain('moved from Draft to *Presented*');
    expect(buttonsOf(presented.args)).toContain(quoteStatusAction('Approved'));

    const approved = await click(alice.slackId, quoteStatusAction('Approved'), q.id, q.id);
    expect(approved.args.text).toContain('*Approved*');
    expect(buttonsOf(approved.args)).toEqual([
      quoteStatusAction('Canceled'),
      docConvertAction('sales-orders'),
      docConvertAction('invoices'),
      ACTION.docPdf,
      ACTION.docEmail,
      ACTION.openAdmin,
    ]);
    expect((await getQuote(q.id)).status).toBe('Approved');

    // A stale card still offering "Mark presented": the approved quote is locked.
    const stale = await click(alice.slackId, quoteStatusAction('Presented'), q.id, q.id);
    expect(stale.args.text).toBe(
      `:lock: ${q.number} is approved: it can no longer change that way.`,
    );
    expect(textOf(stale.args)).not.toMatch(/conflict|Error|stack/i);
    expect((await getQuote(q.id)).status).toBe('Approved');

    const canceled = await click(alice.slackId, quoteStatusAction('Canceled'), q.id, q.id);
    expect(canceled.args.text).toContain('*Canceled*');
    expect(buttonsOf(canceled.args)).toEqual([ACTION.docPdf, ACTION.docEmail, ACTION.openAdmin]);

    const fr = await click(amelie.slackId, quoteStatusAction('Approved'), q.id, q.id);
    expect(fr.args.text).toBe(`:lock: ${q.number} est annulé : il ne peut plus changer ainsi.`);
    expect((await getQuote(q.id)).status).toBe('Canceled');
  });

  it('shows no status buttons to who may not edit, and refuses their clicks', async () => {
    const reader = await h.member({
      isAdmin: false,
      permissions: { Quote: { create: 'no', read: 'all', edit: 'no', delete: 'no', stream: 'no' } },
    });
    const r = await h.command(reader.slackId, '/quote', `show ${quote.number}`);
    expect(buttonsOf(r.args)).toEqual([ACTION.docPdf, ACTION.docEmail, ACTION.openAdmin]);
    const refused = await click(reader.slackId, quoteStatusAction('Presented'), quote.id, quote.id);
    expect(refused.args.text).toBe('You are not allowed to do that.');
    expect((await getQuote(quote.id)).status).toBe('Draft');
  });
});

describe('PDF button', () => {
  it('renders the quote PDF and uploads it to the channel, in order', async () => {
    const before = h.fake.calls.length;
    const reply = await click(alice.slackId, ACTION.docPdf, `quotes:${quote.id}`, quote.id);
    expect(reply.args).toMatchObject({
      replace_original: false,
      text: `PDF of ${quote.number} shared in this conversation.`,
    });
    const calls = h.fake.calls
      .slice(before)
      .filter((c) => c.method.startsWith('files.') || c.method === 'upload');
    expect(calls.map((c) => c.method)).toEqual([
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    const [start, upload, complete] = calls;
    expect(start!.args.filename).toBe(`${quote.number}.pdf`);
    expect(Number(start!.args.length)).toBe(upload!.args.length);
    expect(upload!.args.length).toBeGreaterThan(500);
    expect(upload!.args.head.startsWith('%PDF')).toBe(true);
    expect(upload!.args.url.startsWith(`${h.fake.url}/upload/`)).toBe(true); // on the fake itself
    expect(complete!.args).toMatchObject({
      channel_id: 'C0SALES',
      files: [{ id: expect.stringMatching(/^F/), title: `${quote.number} Globex rollout` }],
    });
  });

  // (a card posted before documents: `quote.pdf` with a bare quote id still works)
  it('says so, beside the card, when Slack refuses the file', async () => {
    h.fake.fail('files.completeUploadExternal', { kind: 'error', error: 'not_in_channel' });
    const reply = await click(amelie.slackId, ACTION.quotePdf, quote.id, quote.id);
    expect(reply.args.replace_original).toBe(false);
    expect(reply.args.text).toContain(`Le PDF de ${quote.number} n’a pas pu être partagé ici`);
  });
});

describe('usage and French', () => {
  it('answers bad arguments with usage help', async () => {
    const r = await h.command(alice.slackId, '/quote', 'frobnicate');
    expect(r.args.text).toContain("I don't know `frobnicate`");
    expect(r.args.text).toContain('/quote show Q-00001');
    const missing = await h.command(alice.slackId, '/quote', 'show');
    expect(missing.args.text).toContain('Here is how to use `/quote`');
    const list = await h.command(alice.slackId, '/quote', 'list yours');
    expect(list.args.text).toContain("I don't know `yours`");
    const deal = await h.command(alice.slackId, '/deal', 'quote');
    expect(deal.args.text).toContain('/deal quote D-7');
  });

  it('speaks French: statuses, buttons, amounts and usage', async () => {
    const r = await h.command(amelie.slackId, '/quote', `show ${quote.number}`);
    const text = textOf(r.args);
    expect(text).toContain('Brouillon');
    expect(text).toContain('Marquer présenté');
    expect(text).toContain('Annuler le devis');
    expect(text).toContain('Total TTC 3\u00a0600,00\u00a0€');
    expect(text).not.toMatch(/\u202f/);
    const list = await h.command(amelie.slackId, '/quote', 'list');
    expect(textOf(list.args)).toContain('Devis récents');
    const usage = await h.command(amelie.slackId, '/quote', 'n-importe');
    expect(usage.args.text).toContain('Voici comment utiliser `/quote`');
    expect(usage.args.text).toContain('Je ne connais pas `n-importe`');
  });
});
