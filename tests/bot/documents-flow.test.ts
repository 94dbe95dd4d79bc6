import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, docActionsBlock, docConvertAction, docOfValue } from '../../bot/views/ids';
import { emails } from '../../db/schema';
import { buttonsIn, type Harness, PUBLIC_URL, startHarness, textOf } from './commands-harness';

let h: Harness;
let alice: { slackId: string; id: string; token: string };
let amelie: { slackId: string; id: string; token: string };
let quote: any;
let bare: any;

const post = (path: string, body: Record<string, unknown>) => h.post(alice.token, path, body);

const button = (args: Record<string, any>, actionId: string) =>
  buttonsIn(args).find((b) => b.action_id === actionId);

beforeAll(async () => {
  h = await startHarness();
  alice = await h.member({ locale: 'en-US', name: 'Alice' });
  amelie = await h.member({ locale: 'fr-FR', name: 'Amélie' });
  const account = await post('/api/accounts', { name: 'Acme' });
  const jane = await post('/api/contacts', {
    firstName: 'Jane',
    lastName: 'Doe',
    emailAddress: 'jane@acme.com',
    accountId: account.id,
  });
  quote = await post('/api/quotes', {
    name: 'Acme rollout',
    accountId: account.id,
    billingContactId: jane.id,
    taxRate: '20',
    items: [{ name: 'Widget', quantity: '2', unitPrice: '1250' }],
  });
  bare = await post('/api/quotes', { name: 'No contact', items: [{ name: 'X', unitPrice: '10' }] });
});
afterAll(() => h.close());

describe('quote → sales order → invoice → PDF → e-mail', () => {
  it('goes the whole way from the quote card', async () => {
    const card = await h.command(alice.slackId, '/quote', `show ${quote.number}`);
    const toOrder = button(card.args, docConvertAction('sales-orders'));
    expect(toOrder.text.text).toBe('→ Sales order');
    expect(button(card.args, docConvertAction('invoices')).text.text).toBe('→ Invoice');

    // → Sales order: the order's compact card replaces the quote card.
    const order = await h.click(alice.slackId, toOrder.action_id, toOrder.value, 'x');
    expect(order.args.text).toMatch(
      new RegExp(`^Sales order SO-\\d{5} created from ${quote.number}\\.$`),
    );
    const soNumber = /SO-\d{5}/.exec(order.args.text)![0];
    const so = docOfValue(button(order.args, ACTION.docPdf).value);
    expect(so.resource).toBe('sales-orders');
    const soText = textOf(order.args);
    expect(soText).toContain(`${soNumber} Acme rollout`);
    expect(soText).toContain('Draft');
    expect(soText).toContain('€3,000.00');
    expect(soText).toContain(`${PUBLIC_URL}/admin/#/sales-orders/${so.id}/show`);
    expect(buttonsIn(order.args).map((b) => b.action_id)).toEqual([
      docConvertAction('invoices'),
      ACTION.docPdf,
      ACTION.docEmail,
      ACTION.openAdmin,
    ]);

    // → Invoice from the order's card.
    const toInvoice = button(order.args, docConvertAction('invoices'));
    const soBlock = docActionsBlock('sales-orders', so.id);
    const invoice = await h.click(alice.slackId, toInvoice.action_id, toInvoice.value, soBlock);
    expect(invoice.args.replace_original).toBe(true);
    expect(invoice.args.text).toMatch(new RegExp(`^Invoice I-\\d{5} created from ${soNumber}\\.$`));
    const invNumber = /I-\d{5}/.exec(invoice.args.text)![0];
    const inv = docOfValue(button(invoice.args, ACTION.docPdf).value);
    expect(inv.resource).toBe('invoices');
    expect(textOf(invoice.args)).toContain(`${PUBLIC_URL}/admin/#/invoices/${inv.id}/show`);
    expect(buttonsIn(invoice.args).map((b) => b.action_id)).toEqual([
      ACTION.docPdf,
      ACTION.docEmail,
      ACTION.openAdmin,
    ]);
    const stored = await h.t.call('GET', `/api/invoices/${inv.id}`, { token: alice.token });
    expect(stored.body).toMatchObject({ number: invNumber, salesOrderId: so.id, status: 'Draft' });

    // PDF of the invoice: Slack's upload flow, into the channel.
    const invBlock = docActionsBlock('invoices', inv.id);
    const before = h.fake.calls.length;
    const pdf = button(invoice.args, ACTION.docPdf);
    const shared = await h.click(alice.slackId, pdf.action_id, pdf.value, invBlock);
    expect(shared.args).toMatchObject({
      replace_original: false,
      text: `PDF of ${invNumber} shared in this conversation.`,
    });
    const files = h.fake.calls
      .slice(before)
      .filter((c) => c.method.startsWith('files.') || c.method === 'upload');
    expect(files.map((c) => c.method)).toEqual([
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    expect(files[0]!.args.filename).toBe(`${invNumber}.pdf`);
    expect(files[1]!.args.head.startsWith('%PDF')).toBe(true);
    expect(files[2]!.args).toMatchObject({
      channel_id: 'C0SALES',
      files: [{ title: `${invNumber} Acme rollout` }],
    });

    // Send by e-mail: to the billing contact, through the outbox.
    const mail = button(invoice.args, ACTION.docEmail);
    expect(mail.text.text).toBe('Send by e-mail');
    const sent = await h.click(alice.slackId, mail.action_id, mail.value, invBlock);
    expect(sent.args).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: `${invNumber} is on its way to jane@acme.com`,
    });
    const rows = await h.t.database.db.select().from(emails).where(eq(emails.parentId, inv.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ parentType: 'Invoice', to: ['jane@acme.com'] });
    expect(['Queued', 'Kept']).toContain(rows[0]!.status);
    expect(rows[0]!.attachments).toMatchObject([{ filename: `${invNumber}.pdf` }]);
  });

  it('says plainly when there is no billing contact, in the clicker’s language', async () => {
    const card = await h.command(alice.slackId, '/quote', `show ${bare.number}`);
    const mail = button(card.args, ACTION.docEmail);
    const en = await h.click(alice.slackId, mail.action_id, mail.value, 'x');
    expect(en.args.text).toBe('No billing contact: give an e-mail address.');
    expect(en.args.replace_original).toBe(false);
    const fr = await h.click(amelie.slackId, mail.action_id, mail.value, 'x');
    expect(fr.args.text).toBe('Pas de contact de facturation : indiquez une adresse e-mail.');
    const rows = await h.t.database.db.select().from(emails).where(eq(emails.parentId, bare.id));
    expect(rows).toHaveLength(0);
  });

  it('speaks French on the new card', async () => {
    const card = await h.command(amelie.slackId, '/quote', `show ${bare.number}`);
    const toInvoice = button(card.args, docConvertAction('invoices'));
    expect(toInvoice.text.text).toBe('→ Facture');
    const r = await h.click(amelie.slackId, toInvoice.action_id, toInvoice.value, 'x');
    expect(r.args.text).toMatch(
      new RegExp(`^Facture I-\\d{5} créée à partir de ${bare.number}\\.$`),
    );
    expect(textOf(r.args)).toContain('Brouillon');
    expect(textOf(r.args)).toContain('Envoyer par e-mail');
  });

  it('offers only the conversions the clicker may create', async () => {
    const rep = await h.member({
      isAdmin: false,
      permissions: {
        Quote: { create: 'yes', read: 'all', edit: 'all', delete: 'no', stream: 'no' },
        Invoice: { create: 'yes', read: 'all', edit: 'all', delete: 'no', stream: 'no' },
      },
    });
    const card = await h.command(rep.slackId, '/quote', `show ${quote.number}`);
    const ids = buttonsIn(card.args).map((b) => b.action_id);
    expect(ids).toContain(docConvertAction('invoices'));
    expect(ids).not.toContain(docConvertAction('sales-orders'));
  });
});
