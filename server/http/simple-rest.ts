import type { Hono } from 'hono';
import type { Ctx } from '../domain/context';
import { Invalid } from '../domain/errors';
import type { ListQuery, ListResult } from '../domain/shared/list-query';
import { jsonBody } from './body';
import type { AppEnv } from './env';

type Rec = Record<string, unknown>;

/** The domain functions behind one ra-data-simple-rest resource; absent ones answer 405. */
export interface ResourceHandlers {
  list?: (ctx: Ctx, q: ListQuery) => Promise<ListResult<Rec>>;
  get?: (ctx: Ctx, id: string) => Promise<Rec>;
  create?: (ctx: Ctx, input: Rec) => Promise<Rec>;
  update?: (ctx: Ctx, id: string, input: Rec) => Promise<Rec>;
  remove?: (ctx: Ctx, id: string) => Promise<Rec>;
}

function parseParam<T>(raw: string | undefined, name: string, check: (v: unknown) => v is T) {
  if (raw === undefined || raw === '') return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    throw new Invalid({ [name]: `${name} must be JSON.` });
  }
  if (!check(v)) throw new Invalid({ [name]: `${name} has the wrong shape.` });
  return v;
}

const isSort = (v: unknown): v is [string, 'ASC' | 'DESC'] =>
  Array.isArray(v) &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  (v[1] === 'ASC' || v[1] === 'DESC');
const isRange = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every((n) => Number.isInteger(n));
const isFilter = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

export function parseListQuery(q: (k: string) => string | undefined): ListQuery {
  return {
    sort: parseParam(q('sort'), 'sort', isSort),
    range: parseParam(q('range'), 'range', isRange),
    filter: parseParam(q('filter'), 'filter', isFilter),
  };
}

const notAllowed = { message: 'This operation is not available on this resource.' };

/** Mounts GET list / GET one / POST / PUT / DELETE for `name` exactly as ra-data-simple-rest calls them. */
export function mountResource(app: Hono<AppEnv>, name: string, h: ResourceHandlers) {
  const base = `/api/${name}`;
  app.get(base, async (c) => {
    if (!h.list) return c.json(notAllowed, 405);
    const r = await h.list(
      c.var.ctx,
      parseListQuery((k) => c.req.query(k)),
    );
    const end = r.data.length ? r.start + r.data.length - 1 : r.start;
    c.header('Content-Range', `${name} ${r.start}-${end}/${r.total}`);
    return c.json(r.data);
  });
  app.get(`${base}/:id`, async (c) => {
    if (!h.get) return c.json(notAllowed, 405);
    return c.json(await h.get(c.var.ctx, c.req.param('id')));
  });
  app.post(base, async (c) => {
    if (!h.create) return c.json(notAllowed, 405);
    return c.json(await h.create(c.var.ctx, await jsonBody(c)), 201);
  });
  app.put(`${base}/:id`, async (c) => {
    if (!h.update) return c.json(notAllowed, 405);
    const { id: _, ...input } = await jsonBody(c);
    return c.json(await h.update(c.var.ctx, c.req.param('id'), input));
  });
  app.delete(`${base}/:id`, async (c) => {
    if (!h.remove) return c.json(notAllowed, 405);
    return c.json(await h.remove(c.var.ctx, c.req.param('id')));
  });
}
