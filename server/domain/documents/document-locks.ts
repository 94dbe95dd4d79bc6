import { Conflict } from '../errors';
import { type DocumentKind, type DocumentRow, documentNumber, KINDS } from './document-kinds';

/** Who owns a document is not its content: it may still be reassigned when locked. */
const OWNERSHIP = new Set(['assignedUserId', 'teamsIds']);

export const isLocked = (kind: DocumentKind, status: string) => KINDS[kind].locked.includes(status);

/**
 * ★ A paid or canceled invoice, a completed order, an approved or canceled quote no longer
 * changes: any change of content (items included) is a 409. Reassigning stays possible, and a
 * status may leave a locked one only where `unlock` says so (an approved quote may be canceled).
 */
export function assertEditable(
  kind: DocumentKind,
  before: DocumentRow,
  changed: string[],
  nextStatus: string | undefined,
) {
  const spec = KINDS[kind];
  if (!isLocked(kind, before.status)) return;
  const blocked = changed.filter((k) => {
    if (OWNERSHIP.has(k)) return false;
    if (k === 'status') return !(spec.unlock[before.status] ?? []).includes(nextStatus ?? '');
    return true;
  });
  if (blocked.length) throw lockedError(kind, before, blocked);
}

export function lockedError(kind: DocumentKind, row: DocumentRow, fields: string[] = []) {
  const spec = KINDS[kind];
  return new Conflict(
    `${documentNumber(spec, row.number)} is ${row.status}: it can no longer be changed.`,
    { status: row.status, fields },
  );
}
