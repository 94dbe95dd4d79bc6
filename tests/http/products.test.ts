import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

const q = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&');

const post = (path: string, body: unknown) => t.call('POST', path, { token: admin.token, body });
const put = (path: string, body: unknown) => t.call('PUT', path, { token: admin.token, body });

async function product(body: Record<string, unknown>) {
  const r = await post('/api/products', { name: 'Widget', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function category(name: string, parentId?: string) {
  const r = await post('/api/product-categories', { name, parentId });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
});
afterAll(() => t.close());

describe('product pricing', () => {
  it('Same as List: the unit price is the list price', async () => {
    const p = await product({ pricingType: 'Same as List', listPrice: '19.99', unitPrice: '5' });
    expect(p).toMatchObject({ unitPrice: '19.99', listPrice: '19.99', status: 'Available' });
  });

  it('Fixed: the unit price is the one entered', async () => {
    const p = await product({ pricingType: 'Fixed', unitPrice: '42.5', listPrice: '50' });
    expect(p.unitPrice).toBe('42.50');
  });

  it('Discount from List: list × (1 − f/100), half-up', async () => {
    const p = await product({
      pricingType: 'Discount from List',
      listPrice: '10.05',
      pricingFactor: '50',
    });
    expect(p.unitPrice).toBe('5.03'); // 5.025 → 5.03
    expect(p.pricingFactor).toBe('50');
  });

  it('Markup over Cost: cost × (1 + f/100)', async () => {
    const p = await product({
      pricingType: 'Markup over Cost',
      costPrice: '80',
      pricingFactor: '12.5',
    });
    expect(p.unitPrice).toBe('90.00');
  });

  it('Profit Margin: cost / (1 − f/100); 100% is a field error', async () => {
    const p = await product({ pricingType: 'Profit Margin', costPrice: '100', pricingFactor: 25 });
    expect(p.unitPrice).toBe('133.33');
    const bad = await post('/api/products', {
      name: 'Zero',
      pricingType: 'Profit Margin',
      costPrice: '100',
      pricingFactor: '100',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(['pricingFactor']);
  });

  it('recomputes the unit price when cost, list or factor change; a resent unit price is ignored', async () => {
    const p = await product({
      pricingType: 'Markup over Cost',
      costPrice: '100',
      pricingFactor: '10',
    });
    expect(p.unitPrice).toBe('110.00');
    const cost = await put(`/api/products/${p.id}`, { ...p, costPrice: '200' });
    expect(cost.body.unitPrice).toBe('220.00');
    const factor = await put(`/api/products/${p.id}`, { ...cost.body, pricingFactor: '50' });
    expect(factor.body.unitPrice).toBe('300.00');
    const list = await put(`/api/products/${p.id}`, {
      pricingType: 'Discount from List',
      listPrice: '400',
    });
    expect(list.body.unitPrice).toBe('200.00');
    const margin = await put(`/api/products/${p.id}`, {
      pricingType: 'Profit Margin',
      pricingFactor: '100',
    });
    expect(margin.status).toBe(400);
    expect(margin.body.errors).toHaveProperty('pricingFactor');
  });

  it('says which price a pricing type needs', async () => {
    const r = await post('/api/products', { name: 'X', pricingType: 'Markup over Cost' });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['costPrice', 'pricingFactor']);
    const s = await post('/api/products', { name: 'X', status: 'Gone', listPrice: '1' });
    expect(Object.keys(s.body.errors)).toEqual(['status']);
  });
});

describe('product categories', () => {
  it('form a tree; a category filter includes its sub-categories at any depth', async () => {
    const hw = await category('Hardware');
    const pcs = await category('Computers', hw.id);
    const laptops = await category('Laptops', pcs.id);
    const other = await category('Services');
    const a = await product({ listPrice: '1', categoryId: hw.id, partNumber: 'HW-1' });
    const b = await product({ listPrice: '1', categoryId: laptops.id });
    const c = await product({ listPrice: '1', categoryId: other.id });
    const ids = async (categoryId: unknown) => {
      const r = await t.call('GET', `/api/products?${q({ filter: { categoryId } })}`, {
        token: admin.token,
      });
      expect(r.status).toBe(200);
      return r.body.map((p: { id: string }) => p.id).sort();
    };
    expect(await ids(hw.id)).toEqual([a.id, b.id].sort());
    expect(await ids(pcs.id)).toEqual([b.id]);
    expect(await ids([laptops.id, other.id])).toEqual([b.id, c.id].sort());
    const kids = await t.call(
      'GET',
      `/api/product-categories?${q({ filter: { parentId: hw.id } })}`,
      {
        token: admin.token,
      },
    );
    expect(kids.body.map((k: { name: string }) => k.name)).toEqual(['Computers']);
  });

  it('refuses cycles: a category inside itself or one of its sub-categories', async () => {
    const a = await category('A');
    const b = await category('B', a.id);
    const c = await category('C', b.id);
    for (const parentId of [a.id, c.id]) {
      const r = await put(`/api/product-categories/${a.id}`, { parentId });
      expect(r.status).toBe(400);
      expect(Object.keys(r.body.errors)).toEqual(['parentId']);
    }
    const ok = await put(`/api/product-categories/${c.id}`, { parentId: null });
    expect(ok.status).toBe(200);
    expect((await put(`/api/product-categories/${a.id}`, { parentId: c.id })).status).toBe(200);
    const del = await t.call('DELETE', `/api/product-categories/${c.id}`, { token: admin.token });
    expect(del.status).toBe(409);
  });

  it('follows the Product permissions', async () => {
    const reader = await t.user({ permissions: { Product: { read: 'all' } } });
    const list = await t.call('GET', '/api/product-categories', { token: reader.token });
    expect(list.status).toBe(200);
    const create = await t.call('POST', '/api/product-categories', {
      token: reader.token,
      body: { name: 'Nope' },
    });
    expect(create.status).toBe(403);
    const none = await t.user({ permissions: {} });
    expect((await t.call('GET', '/api/products', { token: none.token })).status).toBe(403);
  });
});
