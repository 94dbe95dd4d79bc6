import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeTotals, lineAmount } from '../../server/domain/documents/document-totals';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

const q = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&');

const call = (method: string, path: string, body?: unknown, token = admin.token) =>
  t.call(method, path, { token, body });

async function create(resource: string, body: Record<string, unknown>) {
  const r = await call('POST', `/api/${resource}`, { name: 'Doc', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const line = (unitPrice: string, quantity = '1', extra: Record<string, unknown> = {}) => ({
  name: `Line ${unitPrice}`,
  quantity,
  unitPrice,
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
});
afterAll(() => t.close());

describe('totals', () => {
  it('are exact: 0.10 + 0.20 is 0.30', async () => {
    const d = await create('quotes', { items: [line('0.10'), line('0.20')] });
    expect(d).toMatchObject({
      amount: '0.30',
      discountAmount: '0.00',
      preDiscountedAmount: '0.30',
      taxAmount: '0.00',
      shippingCost: '0.00',
      grandTotalAmount: '0.30',
      currency: 'EUR',
      status: 'Draft',
    });
    expect(computeTotals([], '0', '0').grandTotalAmount).toBe('0.00');
  });

  it('round each line half-up, tax once, and add shipping', async () => {
    expect(lineAmount('0.05', '0.5')).toBe('0.03'); // 0.025 → 0.03
    const d = await create('invoices', {
      taxRate: '20',
      shippingCost: '5',
      items: [
        line('10.05', '0.5', { listPrice: '12' }), // 5.025 → 5.03; discount 3.475
        line('0.10', '3', { taxRate: '5.5' }), // 0.30; tax 0.0165
        { name: 'Free text', unitPrice: 1.15, quantity: 1 },
      ],
    });
    expect(d.items.map((i: { amount: string }) => i.amount)).toEqual(['5.03', '0.30', '1.15']);
    expect(d.items[0]).toMatchObject({ quantity: '0.5', listPrice: '12.00', discount: '16.25' });
    expect(d.items[1]).toMatchObject({ taxRate: '5.5', listPrice: '0.10', discount: '0.00' });
    // amount 6.48; discount Σ(12 − 10.05) × 0.5 = 0.975 → 0.98;
    // tax 5.03×20% + 0.30×5.5% + 1.15×20% = 1.006 + 0.0165 + 0.23 = 1.2525 → 1.25
    expect(d).toMatchObject({
      taxRate: '20',
      amount: '6.48',
      discountAmount: '0.98',
      preDiscountedAmount: '7.46',
      taxAmount: '1.25',
      grandTotalAmount: '12.73',
    });
  });

  it('takes a product’s name and prices for a line that names it', async () => {
    const p = await call('POST', '/api/products', {
      name: 'Seat',
      pricingType: 'Discount from List',
      listPrice: '100',
      pricingFactor: '10',
    });
    const d = await create('quotes', { items: [{ productId: p.body.id, quantity: 2 }] });
    expect(d.items[0]).toMatchObject({
      productId: p.body.id,
      name: 'Seat',
      listPrice: '100.00',
      unitPrice: '90.00',
      discount: '10.00',
      amount: '180.00',
    });
    expect(d).toMatchObject({ discountAmount: '20.00', preDiscountedAmount: '200.00' });
  });

  it('replaces items wholesale on PUT and recomputes on a tax change', async () => {
    const d = await create('sales-orders', { items: [line('10'), line('20')] });
    const r = await call('PUT', `/api/sales-orders/${d.id}`, { ...d, items: [line('7', '3')] });
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(1);
    expect(r.body.amount).toBe('21.00');
    const tax = await call('PUT', `/api/sales-orders/${d.id}`, { taxRate: 10 });
    expect(tax.body).toMatchObject({ taxAmount: '2.10', grandTotalAmount: '23.10' });
    const got = await call('GET', `/api/sales-orders/${d.id}`);
    expect(got.body.items.map((i: { unitPrice: string }) => i.unitPrice)).toEqual(['7.00']);
  });

  it('says which line is wrong', async () => {
    const r = await call('POST', '/api/quotes', {
      name: 'Bad',
      items: [line('1'), { name: 'No price' }, { unitPrice: '-1', quantity: 0 }],
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['items.2.quantity', 'items.2.unitPrice']);
    const noPrice = await call('POST', '/api/quotes', { name: 'Bad', items: [{ name: 'x' }] });
    expect(noPrice.body.errors).toEqual({ 'items.0.unitPrice': 'Enter a unit price.' });
  });
});

describe('numbering', () => {
  it('gives Q-, SO- and I- numbers from their own sequences', async () => {
    const a = await create('quotes', {});
    const b = await create('quotes', {});
    const o = await create('sales-orders', {});
    const i = await create('invoices', {});
    expect(a.number).toMatch(/^Q-\d{5}$/);
    expect(Number(b.number.slice(2))).toBe(Number(a.number.slice(2)) + 1);
    expect(o.number).toMatch(/^SO-\d{5}$/);
    expect(i.number).toMatch(/^I-\d{5}$/);
    const r = await call('GET', `/api/quotes?${q({ filter: { number: b.number } })}`);
    expect(r.body.map((x: { id: string }) => x.id)).toEqual([b.id]);
  });
});

describe('locks', () => {
  it('refuses edits of approved and canceled quotes; an approved one may still be canceled', async () => {
    const d = await create('quotes', { items: [line('10')] });
    const approved = await call('PUT', `/api/quotes/${d.id}`, { status: 'Approved' });
    expect(approved.status).toBe(200);
    expect((await call('PUT', `/api/quotes/${d.id}`, { name: 'Changed' })).status).toBe(409);
    expect((await call('PUT', `/api/quotes/${d.id}`, { items: [] })).status).toBe(409);
    expect((await call('PUT', `/api/quotes/${d.id}`, { status: 'Draft' })).status).toBe(409);
    const resend = await call('PUT', `/api/quotes/${d.id}`, approved.body);
    expect(resend.status).toBe(200);
    const owner = await call('PUT', `/api/quotes/${d.id}`, { assignedUserId: admin.id });
    expect(owner.status).toBe(200);
    const canceled = await call('PUT', `/api/quotes/${d.id}`, { status: 'Canceled' });
    expect(canceled.status).toBe(200);
    const back = await call('PUT', `/api/quotes/${d.id}`, { status: 'Approved' });
    expect(back.status).toBe(409);
    expect(back.body.message).toMatch(/Canceled/);
  });

  it('refuses edits of completed orders and paid or canceled invoices, and their deletion', async () => {
    const o = await create('sales-orders', { status: 'Completed' });
    expect((await call('PUT', `/api/sales-orders/${o.id}`, { taxRate: '5' })).status).toBe(409);
    expect((await call('DELETE', `/api/sales-orders/${o.id}`)).status).toBe(409);
    for (const status of ['Paid', 'Canceled']) {
      const i = await create('invoices', { status: 'Issued', dateInvoiced: '2026-11-27' });
      expect((await call('PUT', `/api/invoices/${i.id}`, { status })).status).toBe(200);
      const r = await call('PUT', `/api/invoices/${i.id}`, { dateDue: '2026-12-27' });
      expect(r.status).toBe(409);
    }
    const draft = await create('invoices', {});
    expect((await call('DELETE', `/api/invoices/${draft.id}`)).status).toBe(200);
  });
});

describe('conversions', () => {
  async function quoteWithItems() {
    return create('quotes', {
      name: 'Big quote',
      taxRate: '20',
      shippingCost: '10',
      currency: 'USD',
      billingAddressCity: 'Lyon',
      items: [line('0.10', '1', { listPrice: '0.20' }), line('0.20', '2')],
    });
  }
  const convert = (resource: string, id: string, to: unknown) =>
    call('POST', `/api/${resource}/${id}/convert`, { to });
  const itemsOf = (d: { items: Record<string, unknown>[] }) =>
    d.items.map(({ name, quantity, listPrice, unitPrice, amount }) => ({
      name,
      quantity,
      listPrice,
      unitPrice,
      amount,
    }));

  it('Quote → Sales order and Quote → Invoice copy items and link back', async () => {
    const src = await quoteWithItems();
    for (const to of ['sales-orders', 'invoices']) {
      const r = await convert('quotes', src.id, to);
      expect(r.status).toBe(201);
      expect(Object.keys(r.body)).toEqual(['id']);
      const d = (await call('GET', `/api/${to}/${r.body.id}`)).body;
      expect(d).toMatchObject({
        quoteId: src.id,
        status: 'Draft',
        name: 'Big quote',
        currency: 'USD',
        billingAddressCity: 'Lyon',
        grandTotalAmount: src.grandTotalAmount,
        taxAmount: '0.10',
      });
      expect(itemsOf(d)).toEqual(itemsOf(src));
    }
  });

  it('Sales order → Invoice links the order and its quote', async () => {
    const src = await quoteWithItems();
    const so = await convert('quotes', src.id, 'sales-orders');
    const inv = await convert('sales-orders', so.body.id, 'invoices');
    expect(inv.status).toBe(201);
    const d = (await call('GET', `/api/invoices/${inv.body.id}`)).body;
    expect(d).toMatchObject({ salesOrderId: so.body.id, quoteId: src.id, amount: '0.50' });
    expect(itemsOf(d)).toEqual(itemsOf(src));
  });

  it('Opportunity → Quote / Sales order / Invoice: one line at the deal amount, links back', async () => {
    const acc = await call('POST', '/api/accounts', { name: 'Acme', billingAddressCity: 'Paris' });
    const deal = await call('POST', '/api/opportunities', {
      name: 'Acme renewal',
      amount: '1250.50',
      closeDate: '2026-12-15',
      currency: 'GBP',
      accountId: acc.body.id,
    });
    for (const to of ['quotes', 'sales-orders', 'invoices']) {
      const r = await convert('opportunities', deal.body.id, to);
      expect(r.status).toBe(201);
      const d = (await call('GET', `/api/${to}/${r.body.id}`)).body;
      expect(d).toMatchObject({
        opportunityId: deal.body.id,
        accountId: acc.body.id,
        name: 'Acme renewal',
        currency: 'GBP',
        billingAddressCity: 'Paris',
        amount: '1250.50',
        grandTotalAmount: '1250.50',
      });
      expect(itemsOf(d)).toEqual([
        {
          name: 'Acme renewal',
          quantity: '1',
          listPrice: '1250.50',
          unitPrice: '1250.50',
          amount: '1250.50',
        },
      ]);
    }
  });

  it('refuses a target the source cannot become, an unknown record and a canceled source', async () => {
    const src = await quoteWithItems();
    for (const to of ['quotes', 'opportunities', 'nonsense', undefined]) {
      const r = await convert('quotes', src.id, to);
      expect(r.status).toBe(400);
      expect(Object.keys(r.body.errors)).toEqual(['to']);
    }
    const so = await create('sales-orders', {});
    expect((await convert('sales-orders', so.id, 'quotes')).status).toBe(400);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await convert('quotes', missing, 'invoices')).status).toBe(404);
    await call('PUT', `/api/quotes/${src.id}`, { status: 'Canceled' });
    expect((await convert('quotes', src.id, 'invoices')).status).toBe(409);
  });
});

describe('roles', () => {
  it('a user without Quote create gets 403, on create and on conversion', async () => {
    const u = await t.user({
      permissions: {
        Quote: { create: 'no', read: 'all', edit: 'all' },
        Invoice: { create: 'yes', read: 'own' },
        Opportunity: { create: 'yes', read: 'own' },
      },
    });
    const r = await call('POST', '/api/quotes', { name: 'Nope' }, u.token);
    expect(r.status).toBe(403);
    const deal = await call(
      'POST',
      '/api/opportunities',
      { name: 'Mine', amount: '10', closeDate: '2026-12-01' },
      u.token,
    );
    expect(
      (await call('POST', `/api/opportunities/${deal.body.id}/convert`, { to: 'quotes' }, u.token))
        .status,
    ).toBe(403);
    const inv = await call(
      'POST',
      `/api/opportunities/${deal.body.id}/convert`,
      { to: 'invoices' },
      u.token,
    );
    expect(inv.status).toBe(201);
    const mine = await call('GET', '/api/invoices', undefined, u.token);
    expect(mine.body.map((i: { id: string }) => i.id)).toEqual([inv.body.id]);
    const notes = await call(
      'GET',
      `/api/notes?${q({ filter: { parentType: 'Invoice', parentId: inv.body.id } })}`,
    );
    expect(notes.body[0]).toMatchObject({ type: 'Create', relatedType: 'Opportunity' });
  });
});
