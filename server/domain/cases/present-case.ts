import type { Ctx } from '../context';
import { present } from '../shared/records';
import { loadCaseContacts } from './case-contacts';
import { type CaseRow, caseType } from './case-type';

/** The API shape: the row plus `contactsIds`, minus the fields the actor's roles hide. */
export async function presentCases(ctx: Ctx, rows: CaseRow[]) {
  const contacts = await loadCaseContacts(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const out = present(ctx, caseType, r);
    const ids = contacts.get(r.id) ?? [];
    out.contactsIds = r.contactId ? [r.contactId, ...ids.filter((i) => i !== r.contactId)] : ids;
    return out;
  });
}

export async function presentCase(ctx: Ctx, row: CaseRow) {
  const [out] = await presentCases(ctx, [row]);
  return out!;
}
