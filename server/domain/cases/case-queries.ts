import { inArray, notInArray } from 'drizzle-orm';
import { cases } from '../../../db/schema';
import type { Ctx } from '../context';
import { refFilter } from '../shared/fields';
import type { ListQuery } from '../shared/list-query';
import { deleteRecord, findRecord, listRecords } from '../shared/records';
import { CLOSED_CASE_STATUSES, caseType } from './case-type';
import { presentCase, presentCases } from './present-case';

export async function getCase(ctx: Ctx, id: string) {
  return presentCase(ctx, await findRecord(ctx, caseType, id));
}

/** Lists cases; the extra filter `open: true|false` keeps the open (or closed) ones. */
export async function listCaseRows(ctx: Ctx, query: ListQuery) {
  const { open, ...filter } = (query.filter ?? {}) as Record<string, unknown>;
  const closed = [...CLOSED_CASE_STATUSES];
  const extra =
    open === true
      ? notInArray(cases.status, closed)
      : open === false
        ? inArray(cases.status, closed)
        : undefined;
  return listRecords(ctx, caseType, { ...query, filter }, [extra]);
}

export async function listCases(ctx: Ctx, query: ListQuery) {
  const r = await listCaseRows(ctx, query);
  return { ...r, data: await presentCases(ctx, r.data) };
}

export async function deleteCase(ctx: Ctx, id: string) {
  return presentCase(ctx, await deleteRecord(ctx, caseType, id));
}

/**
 * The cases a person means by what they typed (Slack: `/case show #123`, `/case show 123`,
 * `/case show printer`): an id, a number or words of the subject. Only readable cases.
 */
export async function findCasesByRef(ctx: Ctx, ref: string, limit = 10) {
  return listCases(ctx, { filter: refFilter('#', ref), range: [0, limit - 1] });
}
