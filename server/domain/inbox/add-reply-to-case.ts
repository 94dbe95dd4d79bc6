import { addCaseContact } from '../cases/case-contacts';
import type { CaseRow } from '../cases/case-type';
import { reopenOnCustomerReply } from '../cases/reopen-case';
import type { Ctx } from '../context';
import { addEmailReceivedNote } from './email-note';
import type { ParsedEmail } from './parse-email';
import { contactByAddress } from './sender-contact';
import { type RoutedEmail, routed } from './settle-email';
import { stripQuoted } from './strip-quoted';

/**
 * A customer's reply on a known case (email.md, Routing 2 and 4): the e-mail joins the case, the
 * sender joins its contacts when we know them, the stream shows the reply without the history
 * it quotes, and a closed or pending case reopens.
 */
export async function addReplyToCase(
  ctx: Ctx,
  row: CaseRow,
  parsed: ParsedEmail,
  emailId: string,
): Promise<RoutedEmail> {
  const contact = parsed.from ? await contactByAddress(ctx, parsed.from) : null;
  if (contact) await addCaseContact(ctx, row.id, contact.id);
  await addEmailReceivedNote(ctx, row.id, emailId, parsed, stripQuoted(parsed.text));
  await reopenOnCustomerReply(ctx, row);
  return routed('Imported', { caseId: row.id });
}
