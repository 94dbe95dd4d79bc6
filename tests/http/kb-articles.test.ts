import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kbArticles } from '../../db/schema';
import { loadActor } from '../../server/domain/access/actor';
import { withActor } from '../../server/domain/context';
import { searchPublishedArticles } from '../../server/domain/kb/search-articles';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;
let admin: { id: string; token: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.user({ isAdmin: true, name: 'Ada Admin' });
});
afterAll(() => t.close());

const q = (o: unknown) => encodeURIComponent(JSON.stringify(o));
const DAY = 86_400_000;
// The test clock starts on 2026-11-27.

const article = async (body: Record<string, unknown>, token = admin.token) => {
  const r = await t.call('POST', '/api/kb-articles', { token, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; name: string; status: string };
};
const list = (filter: unknown, token = admin.token, sort: unknown = ['name', 'ASC']) =>
  t.call('GET', `/api/kb-articles?filter=${q(filter)}&sort=${q(sort)}`, { token });
const names = (r: { body: { name: string }[] }) => r.body.map((a) => a.name);
const searchAs = async (userId: string, words: string) =>
  searchPublishedArticles(withActor(t.services, (await loadActor(t.database.db, userId))!), words);

describe('knowledge-base articles', () => {
  it('creates, reads, updates and deletes an article, checking its fields', async () => {
    const a = await article({ name: 'How to reset a router' });
    expect(a).toMatchObject({
      name: 'How to reset a router',
      body: '',
      status: 'Draft',
      categoriesIds: [],
      portalsIds: [],
      publishDate: null,
      expirationDate: null,
      createdById: admin.id,
    });
    const u = await t.call('PUT', `/api/kb-articles/${a.id}`, {
      token: admin.token,
      body: {
        ...a,
        body: 'Hold the button for 10 seconds.',
        status: 'Published',
        publishDate: '2026-11-01',
      },
    });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ status: 'Published', publishDate: '2026-11-01' });
    const got = await t.call('GET', `/api/kb-articles/${a.id}`, { token: admin.token });
    expect(got.body.body).toBe('Hold the button for 10 seconds.');

    const bad = await t.call('POST', '/api/kb-articles', {
      token: admin.token,
      body: {
        name: ' ',
        status: 'Live',
        publishDate: '2026-13-45',
        categoriesIds: ['nope'],
      },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      'categoriesIds.0',
      'name',
      'publishDate',
      'status',
    ]);
    const backwards = await t.call('POST', '/api/kb-articles', {
      token: admin.token,
      body: { name: 'Backwards', publishDate: '2026-12-10', expirationDate: '2026-12-01' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.expirationDate).toMatch(/on or after the publish date/);
    const ghostCategory = await t.call('POST', '/api/kb-articles', {
      token: admin.token,
      body: { name: 'Ghost', categoriesIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(ghostCategory.status).toBe(400);
    expect(ghostCategory.body.errors.categoriesIds).toMatch(/No such category/);

    const del = await t.call('DELETE', `/api/kb-articles/${a.id}`, { token: admin.token });
    expect(del.status).toBe(200);
    expect((await t.call('GET', `/api/kb-articles/${a.id}`, { token: admin.token })).status).toBe(
      404,
    );
  });

  it('lets roles create and edit their own; every user reads published articles', async () => {
    const writer = await t.user({
      name: 'Wendy Writer',
      permissions: {
        KnowledgeBaseArticle: { create: 'yes', read: 'own', edit: 'own', delete: 'own' },
      },
    });
    const editor = await t.user({
      name: 'Eddie Editor',
      permissions: {
        KnowledgeBaseArticle: { create: 'yes', read: 'all', edit: 'all', delete: 'no' },
      },
    });
    const reader = await t.user({ name: 'Rob Reader', permissions: { Case: { read: 'all' } } });

    const published = await article({ name: 'Roles: published', status: 'Published' });
    const adminDraft = await article({ name: 'Roles: admin draft' });
    const wendyDraft = await article({ name: 'Roles: wendy draft' }, writer.token);
    const future = await article({
      name: 'Roles: published next month',
      status: 'Published',
      publishDate: '2026-12-27',
    });

    expect(names(await list({ q: 'Roles:' }, writer.token))).toEqual([
      'Roles: published',
      'Roles: wendy draft',
    ]);
    expect(names(await list({ q: 'Roles:' }, reader.token))).toEqual(['Roles: published']);
    expect(names(await list({ q: 'Roles:' }, editor.token))).toHaveLength(4);

    const get = (id: string, token: string) => t.call('GET', `/api/kb-articles/${id}`, { token });
    expect((await get(published.id, reader.token)).status).toBe(200);
    expect((await get(adminDraft.id, reader.token)).status).toBe(403);
    expect((await get(future.id, reader.token)).status).toBe(403);
    expect((await get(adminDraft.id, writer.token)).status).toBe(403);

    const put = (id: string, token: string, body: unknown) =>
      t.call('PUT', `/api/kb-articles/${id}`, { token, body });
    expect((await put(wendyDraft.id, writer.token, { status: 'In Review' })).body.status).toBe(
      'In Review',
    );
    expect((await put(published.id, writer.token, { name: 'Hijacked' })).status).toBe(403);
    expect((await put(published.id, editor.token, { body: 'Edited' })).status).toBe(200);
    expect((await put(published.id, reader.token, { body: 'Nope' })).status).toBe(403);
    expect(
      (await t.call('POST', '/api/kb-articles', { token: reader.token, body: { name: 'X' } }))
        .status,
    ).toBe(403);
    expect(
      (await t.call('DELETE', `/api/kb-articles/${published.id}`, { token: editor.token })).status,
    ).toBe(403);
    expect(
      (await t.call('DELETE', `/api/kb-articles/${wendyDraft.id}`, { token: writer.token })).status,
    ).toBe(200);
  });

  it('searches title and body; the published search ranks title matches first', async () => {
    const user = await t.user({ name: 'Sid Search' });
    await article({
      name: 'Account settings',
      status: 'Published',
      body: `${'Your profile lives under Settings. '.repeat(10)}To change the password, open Security.`,
    });
    await article({
      name: 'Password reset',
      status: 'Published',
      body: 'Click "Forgot password".',
    });
    await article({ name: 'Password policy draft', body: 'Twelve characters.' });
    await article({
      name: 'Password tips (soon)',
      status: 'Published',
      publishDate: '2027-01-01',
    });
    await article({ name: 'Printer jams', status: 'Published', body: 'Open tray 2.' });

    const listed = await list({ q: 'password' });
    expect(names(listed)).toEqual([
      'Account settings',
      'Password policy draft',
      'Password reset',
      'Password tips (soon)',
    ]);
    expect(names(await list({ q: 'password settings' }))).toEqual(['Account settings']);

    const hits = await searchAs(user.id, 'password');
    expect(hits.map((h) => h.name)).toEqual(['Password reset', 'Account settings']);
    // The excerpt shows the body around the word found, not only its start.
    expect(hits[1]?.excerpt).toMatch(/^….*change the password, open Security\.$/);
    expect(hits[1]?.excerpt.length).toBeLessThanOrEqual(202);
    expect(await searchAs(user.id, 'PASSWORD forgot')).toMatchObject([{ name: 'Password reset' }]);
    expect(await searchAs(user.id, 'quantum')).toEqual([]);
    expect(await searchAs(user.id, '   ')).toEqual([]);
  });

  it('links an article to a case with a Relate note, once', async () => {
    const a = await article({ name: 'Reboot guide', status: 'Published' });
    const draft = await article({ name: 'Unfinished guide' });
    const c = await t.call('POST', '/api/cases', { token: admin.token, body: { name: 'Slow PC' } });
    const link = (articleId: string, token = admin.token) =>
      t.call('POST', `/api/cases/${c.body.id}/articles`, { token, body: { articleId } });

    const r = await link(a.id);
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ caseId: c.body.id, articleId: a.id, linked: true });
    expect((await link(a.id)).body.linked).toBe(false);
    await link(draft.id);

    const notes = await t.call(
      'GET',
      `/api/notes?filter=${q({ parentType: 'Case', parentId: c.body.id, type: 'Relate' })}`,
      { token: admin.token },
    );
    expect(notes.body).toHaveLength(2);
    const relate = notes.body.find((n: { relatedId: string }) => n.relatedId === a.id);
    expect(relate).toMatchObject({
      relatedType: 'KnowledgeBaseArticle',
      data: { name: 'Reboot guide' },
      isInternal: false,
    });
    // A draft is not for customers: its note stays internal.
    expect(notes.body.find((n: { relatedId: string }) => n.relatedId === draft.id).isInternal).toBe(
      true,
    );
    expect(names(await list({ caseId: c.body.id }))).toEqual(['Reboot guide', 'Unfinished guide']);

    const outsider = await t.user({
      permissions: { Case: { create: 'yes', read: 'all', edit: 'own' } },
    });
    expect((await link(a.id, outsider.token)).status).toBe(403);
    expect((await link('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await link(undefined as unknown as string)).status).toBe(400);
  });

  it('files articles in a category tree without cycles; a category includes its sub-categories', async () => {
    const cat = async (name: string, parentId?: string) => {
      const r = await t.call('POST', '/api/kb-categories', {
        token: admin.token,
        body: { name, parentId },
      });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const hardware = await cat('Hardware');
    const printers = await cat('Printers', hardware);
    const laser = await cat('Laser', printers);
    const software = await cat('Software');
    await article({ name: 'Tree: toner', categoriesIds: [laser] });
    await article({ name: 'Tree: cables', categoriesIds: [hardware] });
    const office = await article({ name: 'Tree: office', categoriesIds: [software, laser] });

    expect(names(await list({ q: 'Tree:', categoryId: hardware }))).toEqual([
      'Tree: cables',
      'Tree: office',
      'Tree: toner',
    ]);
    expect(names(await list({ q: 'Tree:', categoriesIds: [printers] }))).toEqual([
      'Tree: office',
      'Tree: toner',
    ]);
    expect(names(await list({ q: 'Tree:', categoryId: software }))).toEqual(['Tree: office']);

    const cycle = await t.call('PUT', `/api/kb-categories/${hardware}`, {
      token: admin.token,
      body: { parentId: laser },
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors.parentId).toMatch(/inside itself/);
    const busy = await t.call('DELETE', `/api/kb-categories/${printers}`, { token: admin.token });
    expect(busy.status).toBe(409);
    const gone = await t.call('DELETE', `/api/kb-categories/${software}`, { token: admin.token });
    expect(gone.status).toBe(200);
    const after = await t.call('GET', `/api/kb-articles/${office.id}`, { token: admin.token });
    expect(after.body.categoriesIds).toEqual([laser]);

    const reader = await t.user({ permissions: { Case: { read: 'all' } } });
    const tree = await t.call('GET', `/api/kb-categories?sort=${q(['name', 'ASC'])}`, {
      token: reader.token,
    });
    expect(tree.body.map((c: { name: string }) => c.name)).toEqual([
      'Hardware',
      'Laser',
      'Printers',
    ]);
    expect(
      (
        await t.call('POST', '/api/kb-categories', {
          token: reader.token,
          body: { name: 'Mine' },
        })
      ).status,
    ).toBe(403);
  });
  it('archives a published article automatically after its expiration date', async () => {
    const user = await t.user({ name: 'Exa Expiry' });
    const a = await article({
      name: 'Winter offer',
      status: 'Published',
      body: 'Ten percent off in December.',
      expirationDate: '2026-11-30',
    });
    expect(a.status).toBe('Published');
    expect((await searchAs(user.id, 'winter')).map((h) => h.name)).toEqual(['Winter offer']);

    // Still live on its expiration date, archived the day after.
    t.clock.advance(3 * DAY);
    expect((await searchAs(user.id, 'winter')).map((h) => h.name)).toEqual(['Winter offer']);
    t.clock.advance(DAY);
    // Sessions last a day: log in again on the new date.
    const late = await t.user({ isAdmin: true, name: 'Late Admin' });
    const got = await t.call('GET', `/api/kb-articles/${a.id}`, { token: late.token });
    expect(got.body.status).toBe('Archived');
    expect(await searchAs(user.id, 'winter')).toEqual([]);
    expect(names(await list({ q: 'winter', status: 'Published' }, late.token))).toEqual([]);
    expect(names(await list({ q: 'winter', status: 'Archived' }, late.token))).toEqual([
      'Winter offer',
    ]);
    const [row] = await t.database.db
      .select({ status: kbArticles.status })
      .from(kbArticles)
      .where(eq(kbArticles.id, a.id));
    expect(row?.status).toBe('Archived');

    // Publishing it again with the past date is refused; with a new date it is live again.
    const again = await t.call('PUT', `/api/kb-articles/${a.id}`, {
      token: late.token,
      body: { status: 'Published' },
    });
    expect(again.status).toBe(400);
    expect(again.body.errors.expirationDate).toMatch(/passed/);
    const renewed = await t.call('PUT', `/api/kb-articles/${a.id}`, {
      token: late.token,
      body: { status: 'Published', expirationDate: '2027-01-31' },
    });
    expect(renewed.body.status).toBe('Published');
  });
});
