/**
 * Every `action_id`, `callback_id` and `block_id` the bot's views use, in one place: listeners
 * in bot/actions/ match on these, so a renamed id cannot silently break a button.
 *
 * Buttons and selects (block_actions):
 * - `lead.assign_me`   value: lead id              → assigns the lead to the clicker
 * - `lead.convert`     value: lead id              → opens the conversion modal
 * - `lead.pick:<n>`    value: JSON {id, op}        → a choice in a pick-list (op: show|convert)
 * - `deal.assign_me`   value: deal id              → assigns the deal to the clicker
 * - `deal.stage`       selected option: stage name; the deal id is in the block_id
 * - `deal.pick:<n>`    value: JSON {id, op, arg?}  → pick-list (op: show|stage|amount|close)
 * - `quote.status:<to>` value: quote id           → moves the quote to status `to`
 * - `doc.pdf`          value: `<resource>:<id>`    → renders the document's PDF, uploads it to the
 *                      channel (`quote.pdf` with a bare quote id: cards posted before)
 * - `doc.convert:<to>` value: `<resource>:<id>`    → converts the document into a new `<to>`
 *                      (sales-orders|invoices) and answers with that document's card
 * - `doc.email`        value: `<resource>:<id>`    → e-mails the PDF to the billing contact
 * - `quote.pick:<n>`   value: JSON {id, op}        → pick-list / list item (op: show)
 * - `case.assign_me`   value: case id              → assigns the case to the clicker
 * - `case.status`      selected option: status; the case id is in the block_id
 * - `case.close`       value: case id              → status Closed
 * - `case.pick:<n>`    value: JSON {id, op}        → pick-list / list item (op: show)
 * - `kb.send:<n>`      value: JSON {caseId, articleId} → sends the article in the case's reply
 * - `open_admin`       a link button: acknowledged, nothing else
 *
 * Options (search-as-you-type):
 * - `convert.account_search` → the accounts whose name matches what is typed
 * - `case.contact_search`    → the contacts whose name or e-mail matches what is typed
 *
 * Modals (view_submission), private_metadata is JSON (see modal-metadata.ts):
 * - `lead.new`      the new-lead modal; input blocks are the lead field names
 * - `lead.convert`  the conversion modal; input blocks are `<target>.<field>` (the domain's
 *                   error keys, so a field error lands on its field)
 * - `case.new`      the new-case modal; input blocks are the case field names
 */
export const ACTION = {
  leadAssignMe: 'lead.assign_me',
  leadConvert: 'lead.convert',
  leadPick: 'lead.pick',
  dealAssignMe: 'deal.assign_me',
  dealStage: 'deal.stage',
  dealPick: 'deal.pick',
  quoteStatus: 'quote.status',
  quotePdf: 'quote.pdf',
  docPdf: 'doc.pdf',
  docConvert: 'doc.convert',
  docEmail: 'doc.email',
  quotePick: 'quote.pick',
  openAdmin: 'open_admin',
  accountSearch: 'convert.account_search',
  caseAssignMe: 'case.assign_me',
  caseStatus: 'case.status',
  caseClose: 'case.close',
  casePick: 'case.pick',
  kbSend: 'kb.send',
  contactSearch: 'case.contact_search',
} as const;

/** Pick-list buttons share a prefix; Slack wants action ids unique within a message. */
export const PICK_PATTERN = {
  lead: /^lead\.pick:\d+$/,
  deal: /^deal\.pick:\d+$/,
  quote: /^quote\.pick:\d+$/,
  case: /^case\.pick:\d+$/,
  kbSend: /^kb\.send:\d+$/,
  quoteStatus: /^quote\.status:[A-Za-z]+$/,
  docConvert: /^doc\.convert:[a-z-]+$/,
  docPdf: /^(doc|quote)\.pdf$/,
} as const;

export const CALLBACK = {
  newLead: 'lead.new',
  convertLead: 'lead.convert',
  newCase: 'case.new',
} as const;

/** The action id inside every input block (the block id says which field it is). */
export const VALUE = 'value';

/** The deal id travels in the block id of the card's actions (a select has no value of its own). */
export const dealActionsBlock = (dealId: string) => `deal.actions:${dealId}`;
export const dealIdOfBlock = (blockId: string | undefined) =>
  blockId?.startsWith('deal.actions:') ? blockId.slice('deal.actions:'.length) : null;

/** The quote id travels in the block id of the card's actions too (as for deals). */
export const quoteActionsBlock = (quoteId: string) => `quote.actions:${quoteId}`;
export const quoteStatusAction = (to: string) => `${ACTION.quoteStatus}:${to}`;
export const statusOfQuoteAction = (actionId: string) =>
  actionId.startsWith(`${ACTION.quoteStatus}:`)
    ? actionId.slice(ACTION.quoteStatus.length + 1)
    : null;

/** The case id travels in the block id of the card's actions too (as for deals). */
export const caseActionsBlock = (caseId: string) => `case.actions:${caseId}`;
export const caseIdOfBlock = (blockId: string | undefined) =>
  blockId?.startsWith('case.actions:') ? blockId.slice('case.actions:'.length) : null;

/** Sales orders and invoices: the card's actions block names the resource and the id. */
export const docActionsBlock = (resource: string, id: string) => `doc.actions:${resource}:${id}`;
export const docConvertAction = (to: string) => `${ACTION.docConvert}:${to}`;
export const targetOfConvertAction = (actionId: string) =>
  actionId.startsWith(`${ACTION.docConvert}:`)
    ? actionId.slice(ACTION.docConvert.length + 1)
    : null;

/** The value of document buttons: `<resource>:<id>` (a bare id is a quote: older cards). */
export const docValue = (resource: string, id: string) => `${resource}:${id}`;
export function docOfValue(value: string): { resource: string; id: string } {
  const at = value.indexOf(':');
  return at < 0
    ? { resource: 'quotes', id: value }
    : { resource: value.slice(0, at), id: value.slice(at + 1) };
}

export const CONVERT_BLOCK = {
  targets: 'targets',
  existingAccount: 'account.id',
  accountName: 'account.name',
  contactFirstName: 'contact.firstName',
  contactLastName: 'contact.lastName',
  opportunityName: 'opportunity.name',
  opportunityAmount: 'opportunity.amount',
  opportunityCloseDate: 'opportunity.closeDate',
  duplicateAccount: 'duplicates.account',
  duplicateContact: 'duplicates.contact',
} as const;

export const NEW_LEAD_FIELDS = [
  'firstName',
  'lastName',
  'accountName',
  'emailAddress',
  'phoneNumber',
  'title',
  'description',
] as const;
export type NewLeadField = (typeof NEW_LEAD_FIELDS)[number];

/** The new-case modal's input blocks: the case field names (the domain's error keys). */
export const NEW_CASE_FIELDS = [
  'name',
  'description',
  'priority',
  'type',
  'contactId',
  'assignedUserId',
] as const;
export type NewCaseField = (typeof NEW_CASE_FIELDS)[number];
