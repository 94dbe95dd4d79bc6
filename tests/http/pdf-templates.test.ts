import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../pdf/pdftotext';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };
let reader: { id: string; token: string };
let stranger: { id: string; token: string };
let invoiceId: string;

/** Raw call: the PDF routes answer bytes, which the JSON helper would mangle. */
async function raw(method: string, path: string, token: string, body?: unknown) {
  const res = await t.app.request(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes: Buffer.from(await res.arrayBuffer()),
    res,
  };
}
const json = (r: { bytes: Buffer }) => JSON.parse(r.bytes.toString('utf8'));

const tpl = (extra: Record<string, unknown> = {}) => ({
  name: 'Sober invoice',
  entityType: 'Invoice',
  language: 'fr',
  header: '# Facture {{ record.number }}',
  body: 'Client : {{ account.name }}\n{% for i in items %}{{ i.name }} = {{ i.amount | money }}\n{% endfor %}[[items]]',
  footer: 'Page [[page]] / [[pages]]',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true });
  reader = await t.user({
    permissions: {
      Invoice: { create: 'no', read: 'all', edit: 'no', delete: 'no' },
      Account: { create: 'no', read: 'all', edit: 'no', delete: 'no' },
    },
  });
  stranger = await t.user({
    permissions: { Lead: { create: 'yes', read: 'all', edit: 'all', delete: 'no' } },
  });
  const account = await t.call('POST', '/api/accounts', {
    token: admin.token,
    body: { name: 'Brûlé & Fils' },
  });
  const inv = await t.call('POST', '/api/invoices', {
    token: admin.token,
    body: {
      name: 'Équipement',
      accountId: account.body.id,
      items: [{ name: 'Crème brûlée', unitPrice: '1234.56' }],
    },
  });
  expect(inv.status, JSON.stringify(inv.body)).toBe(201);
  invoiceId = inv.body.id;
});
afterAll(() => t.close());

describe('pdf-templates resource', () => {
  it('is admin-only for writes and readable with read on the entity type', async () => {
    expect(
      (await t.call('POST', '/api/pdf-templates', { token: reader.token, body: tpl() })).status,
    ).toBe(403);
    const c = await t.call('POST', '/api/pdf-templates', { token: admin.token, body: tpl() });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body).toMatchObject({
      name: 'Sober invoice',
      entityType: 'Invoice',
      pageFormat: 'A4',
      isDefault: false,
      margins: { top: 15 },
    });
    const list = await t.call('GET', '/api/pdf-templates', { token: reader.token });
    expect(list.status).toBe(200);
    expect(list.body.map((r: { id: string }) => r.id)).toContain(c.body.id);
    expect(
      (await t.call('GET', `/api/pdf-templates/${c.body.id}`, { token: stranger.token })).status,
    ).toBe(403);
    expect((await t.call('GET', '/api/pdf-templates', { token: stranger.token })).status).toBe(403);
    const u = await t.call('PUT', `/api/pdf-templates/${c.body.id}`, {
      token: admin.token,
      body: { pageFormat: 'Letter' },
    });
    expect(u.body).toMatchObject({ pageFormat: 'Letter', name: 'Sober invoice' });
    expect(
      (
        await t.call('PUT', `/api/pdf-templates/${c.body.id}`, {
          token: reader.token,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await t.call('DELETE', `/api/pdf-templates/${c.body.id}`, { token: admin.token })).status,
    ).toBe(200);
    expect(
      (await t.call('GET', `/api/pdf-templates/${c.body.id}`, { token: admin.token })).status,
    ).toBe(404);
  });

  it('refuses a template that does not parse, or an unknown filter, with a 400 on the field', async () => {
    const r = await t.call('POST', '/api/pdf-templates', {
      token: admin.token,
      body: tpl({ body: '{% for %}', footer: '{{ "" | constructor }}' }),
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['body', 'footer']);
    const bad = await t.call('POST', '/api/pdf-templates', {
      token: admin.token,
      body: tpl({ entityType: 'Lead', pageFormat: 'A3' }),
    });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['entityType', 'pageFormat']);
  });

  it('keeps one default per type and language', async () => {
    const a = await t.call('POST', '/api/pdf-templates', {
      token: admin.token,
      body: tpl({ name: 'A', isDefault: true }),
    });
    const b = await t.call('POST', '/api/pdf-templates', {
      token: admin.token,
      body: tpl({ name: 'B', isDefault: true }),
    });
    expect(
      (await t.call('GET', `/api/pdf-templates/${a.body.id}`, { token: admin.token })).body
        .isDefault,
    ).toBe(false);
    expect(b.body.isDefault).toBe(true);
    await t.call('DELETE', `/api/pdf-templates/${a.body.id}`, { token: admin.token });
    await t.call('DELETE', `/api/pdf-templates/${b.body.id}`, { token: admin.token });
  });
});

describe('GET /api/invoices/:id/pdf', () => {
  it('answers application/pdf with the shipped default, in the language asked', async () => {
    const r = await raw('GET', `/api/invoices/${invoiceId}/pdf?lang=fr`, reader.token);
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/pdf');
    expect(r.res.headers.get('content-disposition')).toMatch(/I-\d{5}\.pdf/);
    const text = pdfPages(r.bytes).join('\n');
    expect(text).toContain('Facture I-');
    expect(text).toContain('Brûlé & Fils');
    expect(text).toContain('1 234,56 €');
    expect(text).toContain('Page 1 / 1');
    const en = pdfPages(
      (await raw('GET', `/api/invoices/${invoiceId}/pdf`, reader.token)).bytes,
    ).join('\n');
    expect(en).toContain('Invoice I-');
    expect(en).toContain('€1,234.56');
  });

  it('uses templateId, and the admins’ default when none is named', async () => {
    const c = await t.call('POST', '/api/pdf-templates', {
      token: admin.token,
      body: tpl({ isDefault: true }),
    });
    const named = pdfPages(
      (await raw('GET', `/api/invoices/${invoiceId}/pdf?templateId=${c.body.id}`, reader.token))
        .bytes,
    ).join('\n');
    expect(named).toContain('Client : Brûlé & Fils');
    expect(named).toContain('Crème brûlée = 1 234,56 €');
    const byDefault = pdfPages(
      (await raw('GET', `/api/invoices/${invoiceId}/pdf?lang=fr`, reader.token)).bytes,
    ).join('\n');
    expect(byDefault).toContain('Client : Brûlé & Fils');
    const quoteTpl = await t.call('POST', '/api/pdf-templates', {
      token: admin.token,
      body: tpl({ entityType: 'Quote' }),
    });
    const wrong = await raw(
      'GET',
      `/api/invoices/${invoiceId}/pdf?templateId=${quoteTpl.body.id}`,
      admin.token,
    );
    expect(wrong.status).toBe(400);
    expect(json(wrong).errors.templateId).toMatch(/Quote/);
    await t.call('DELETE', `/api/pdf-templates/${c.body.id}`, { token: admin.token });
  });

  it('is 404 for an unknown record and 403 without read access', async () => {
    expect(
      (await raw('GET', '/api/invoices/00000000-0000-0000-0000-000000000000/pdf', admin.token))
        .status,
    ).toBe(404);
    expect((await raw('GET', `/api/quotes/${invoiceId}/pdf`, admin.token)).status).toBe(404);
    expect((await raw('GET', `/api/invoices/${invoiceId}/pdf`, stranger.token)).status).toBe(403);
    expect((await raw('GET', `/api/invoices/${invoiceId}/pdf?lang=de`, admin.token)).status).toBe(
      400,
    );
  });
});

describe('POST /api/pdf-templates/preview', () => {
  it('draws sample data, or a real record, for admins only', async () => {
    const sample = await raw('POST', '/api/pdf-templates/preview', admin.token, {
      entityType: 'Quote',
      language: 'fr',
      body: 'Bonjour {{ contact.firstName }} {{ contact.lastName }} : {{ record.amount | money }}',
    });
    expect(sample.status).toBe(200);
    expect(sample.type).toBe('application/pdf');
    expect(pdfPages(sample.bytes)[0]).toContain('Bonjour Élodie Brûlé : 1 234,56 €');
    const real = await raw('POST', '/api/pdf-templates/preview', admin.token, {
      entityType: 'Invoice',
      recordId: invoiceId,
      body: '{{ record.name }} / {{ account.name }}',
    });
    expect(pdfPages(real.bytes)[0]).toContain('Équipement / Brûlé & Fils');
    expect(
      (await raw('POST', '/api/pdf-templates/preview', reader.token, { entityType: 'Quote' }))
        .status,
    ).toBe(403);
  });
});

describe('hostile templates', () => {
  const preview = (body: string) =>
    raw('POST', '/api/pdf-templates/preview', admin.token, {
      entityType: 'Invoice',
      language: 'en',
      body,
    });

  it('cannot reach prototypes, the process or its environment', async () => {
    process.env.PDF_TEST_SECRET = 'do-not-print-me';
    const r = await preview(
      [
        'A[{{ constructor }}]',
        'B[{{ x.__proto__ }}]',
        'C[{{ record.constructor.constructor }}]',
        'D[{{ process.env.PDF_TEST_SECRET }}]',
        'E[{{ items.constructor }}]',
        'F[{{ record.name.constructor }}]',
        'G[{{ items.__proto__.constructor }}]',
      ].join('\n'),
    );
    expect(r.status).toBe(200);
    const text = pdfPages(r.bytes)[0]!;
    for (const k of 'ABCDEFG') expect(text).toContain(`${k}[]`);
    expect(text).not.toContain('do-not-print-me');
    expect(text).not.toMatch(/function|native code/);
  });

  it('cannot use unknown filters or read files', async () => {
    const filter = await preview('{{ "" | constructor }}');
    expect(filter.status).toBe(400);
    expect(json(filter).errors.body).toMatch(/constructor/);
    for (const tag of [
      '{% include "/etc/passwd" %}',
      '{% render "/etc/passwd" %}',
      '{% layout "/etc/passwd" %}',
      '{% include "../../package.json" %}',
    ]) {
      const r = await preview(tag);
      expect(r.status, tag).toBe(400);
      expect(r.bytes.toString('utf8')).not.toContain('root:');
    }
  });

  it('stops a runaway loop with a clear message', async () => {
    const started = Date.now();
    const r = await preview(
      '{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}',
    );
    expect(r.status).toBe(400);
    expect(json(r).errors.body).toMatch(/limit/i);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
