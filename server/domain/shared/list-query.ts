import {
  and,
  asc,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { Invalid } from '../errors';

/** A list request as every front door states it (ra-data-simple-rest's sort/range/filter). */
export interface ListQuery {
  sort?: [string, 'ASC' | 'DESC'];
  range?: [number, number];
  filter?: Record<string, unknown>;
}

export interface ListResult<T> {
  data: T[];
  total: number;
  start: number;
}

export type FieldKind = 'text' | 'uuid' | 'number' | 'date' | 'timestamp' | 'boolean' | 'money';

/** One field a list may sort and filter on: the whitelist is exactly the keys of a FieldMap. */
export interface ListField {
  column: AnyPgColumn;
  kind: FieldKind;
  /** How the API value maps to the stored one (e.g. "L-12" → 12). */
  parse?: (value: unknown) => unknown;
}
export type FieldMap = Record<string, ListField>;

/** Filters computed by the area itself (e.g. a contact's accountsIds through the link table). */
export type CustomFilters = Record<string, (value: unknown) => SQL>;

/**
 * What `q` searches: text columns (each word must be in one of them), or one expression that
 * joins them, which a trigram index can serve (see `searchText` in db/schema/columns.ts).
 */
export type SearchOn = AnyPgColumn[] | SQL;

export const MAX_PAGE = 1000;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A custom filter's value as a list of ids (one id or an array), or a 400 on that key. */
export function idsOf(field: string, value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v): v is string => typeof v === 'string' && UUID.test(v))) {
    throw new Invalid({ [field]: 'Filter by ids.' });
  }
  return list;
}
const OPS = { gte, lte, gt, lt, neq: ne } as const;

function coerce(field: string, f: ListField, raw: unknown): unknown {
  const v = f.parse ? f.parse(raw) : raw;
  const bad = () => new Invalid({ [field]: `Invalid value for ${field}.` });
  switch (f.kind) {
    case 'uuid':
      if (typeof v !== 'string' || !UUID.test(v)) throw bad();
      return v;
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
      throw bad();
    case 'money':
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return v;
      throw bad();
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      throw bad();
    case 'date':
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
      throw bad();
    case 'timestamp': {
      const d = typeof v === 'string' || typeof v === 'number' ? new Date(v) : null;
      if (!d || Number.isNaN(d.getTime())) throw bad();
      return d;
    }
    default:
      if (typeof v === 'string' || typeof v === 'number') return String(v);
      throw bad();
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Builds the WHERE conditions of a filter; unknown keys are a 400, never silently ignored. */
export function filterConditions(
  filter: Record<string, unknown> | undefined,
  fields: FieldMap,
  search: SearchOn,
  custom: CustomFilters = {},
): SQL[] {
  const out: SQL[] = [];
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined) continue;
    if (key === 'q') {
      if (typeof value !== 'string') throw new Invalid({ q: 'Search text must be a string.' });
      const words = value.trim().split(/\s+/).filter(Boolean).slice(0, 8);
      for (const w of words) {
        const pattern = `%${escapeLike(w)}%`;
        const any = Array.isArray(search)
          ? or(...search.map((c) => ilike(c, pattern)))
          : ilike(search, pattern);
        if (any) out.push(any);
      }
      continue;
    }
    const customFilter = custom[key];
    if (customFilter) {
      out.push(customFilter(value));
      continue;
    }
    const m = /^(.*)_(gte|lte|gt|lt|neq)$/.exec(key);
    const name = m && fields[m[1] as string] ? (m[1] as string) : key;
    const field = fields[name];
    if (!field) throw new Invalid({ [key]: `Cannot filter on ${key}.` });
    if (m && name !== key) {
      out.push(OPS[m[2] as keyof typeof OPS](field.column, coerce(name, field, value)));
    } else if (value === null) {
      out.push(isNull(field.column));
    } else if (Array.isArray(value)) {
      if (value.length === 0) out.push(sql`false`);
      else
        out.push(
          inArray(
            field.column,
            value.map((v) => coerce(name, field, v)),
          ),
        );
    } else {
      out.push(eq(field.column, coerce(name, field, value)));
    }
  }
  return out;
}

export function orderBy(
  sort: ListQuery['sort'],
  fields: FieldMap,
  fallback: [string, 'ASC' | 'DESC'],
  tiebreak: AnyPgColumn,
): SQL[] {
  const [name, dir] = sort ?? fallback;
  const field = fields[name];
  if (!field) throw new Invalid({ sort: `Cannot sort on ${name}.` });
  const by = dir === 'DESC' ? desc : asc;
  // A unique tiebreak keeps pages stable when many rows share the sort value.
  return [by(field.column), by(tiebreak)];
}

export function pageOf(range: ListQuery['range']): { offset: number; limit: number } {
  if (!range) return { offset: 0, limit: MAX_PAGE };
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new Invalid({ range: 'Range must be [start, end] with 0 ≤ start ≤ end.' });
  }
  return { offset: start, limit: Math.min(end - start + 1, MAX_PAGE) };
}

export const allOf = (conds: (SQL | undefined)[]) => and(...conds.filter(Boolean));
