import { caseParties } from '../../server/domain/cases/case-parties';
import { findCasesByRef, getCase } from '../../server/domain/cases/case-queries';
import { updateCase } from '../../server/domain/cases/update-case';
import type { Ctx } from '../../server/domain/context';
import type { Speech } from '../i18n';
import { type Message, section } from '../views/block-kit';
import {
  type CaseData,
  type CaseLook,
  caseCard,
  caseStatusLabel,
  caseTitle,
  toCaseData,
} from '../views/case-card';
import { oneOrPickList } from './resolve-ref';
import { viewerFor } from './viewer';

export type CaseOp = 'show' | 'assign' | 'status' | 'close';

/** Who looks and the names these cases' cards may show them (assignees, contacts, accounts). */
export async function caseLook(ctx: Ctx, cases: CaseData[]): Promise<CaseLook> {
  const [viewer, parties] = await Promise.all([viewerFor(ctx, cases), caseParties(ctx, cases)]);
  return { viewer, parties };
}

/** The one case meant by `ref` (`#12`, `12`, words), or the reply to send instead. */
export async function resolveCase(
  ctx: Ctx,
  s: Speech,
  ref: string,
): Promise<{ record: Record<string, unknown> } | { reply: Message }> {
  const r = oneOrPickList(await findCasesByRef(ctx, ref), ref, s, {
    kind: 'case',
    what: s.m.case.what,
    choice: (record) => {
      const c = toCaseData(record);
      return { label: caseTitle(c), value: { id: c.id, op: 'show' } };
    },
  });
  return 'one' in r ? { record: r.one } : r;
}

/**
 * The case card, with a line above it saying what just happened. `neutral`: for everyone in a
 * channel (no "you", no viewer-specific buttons).
 */
export async function caseCardMessage(
  ctx: Ctx,
  s: Speech,
  publicUrl: string,
  record: Record<string, unknown>,
  opts: { note?: string; neutral?: boolean } = {},
): Promise<Message> {
  const c = toCaseData(record);
  const look = await caseLook(ctx, [c]);
  if (opts.neutral) look.viewer = { ...look.viewer, userId: null };
  const card = caseCard(c, look, s, publicUrl);
  return {
    text: opts.note ?? caseTitle(c),
    blocks: opts.note ? [section(opts.note), ...card] : card,
  };
}

/**
 * Runs one case operation as the actor (roles apply in updateCase): assign to me, set a status,
 * close. Returns the case as it is now and the line that says what happened.
 */
export async function applyCaseOp(
  ctx: Ctx,
  s: Speech,
  caseId: string,
  op: CaseOp,
  arg?: string,
): Promise<{ record: Record<string, unknown>; note?: string }> {
  switch (op) {
    case 'assign': {
      const record = await updateCase(ctx, caseId, { assignedUserId: ctx.actor.id });
      return { record, note: s.m.assignedToYou(toCaseData(record).number) };
    }
    case 'status':
    case 'close': {
      const to = op === 'close' ? 'Closed' : (arg ?? '');
      const before = toCaseData(await getCase(ctx, caseId));
      const record = await updateCase(ctx, caseId, { status: to });
      const after = toCaseData(record);
      const note =
        op === 'close'
          ? s.m.case.closed(after.number)
          : s.m.case.statusChanged(
              after.number,
              caseStatusLabel(before.status, s),
              caseStatusLabel(after.status, s),
            );
      return { record, note };
    }
    default:
      return { record: await getCase(ctx, caseId) };
  }
}
