/** What `/lead new …` could read; the rest opens the modal prefilled. */
export interface LeadDraft {
  firstName?: string;
  lastName?: string;
  emailAddress?: string;
  phoneNumber?: string;
  accountName?: string;
}

export interface ParsedLeadNew {
  draft: LeadDraft;
  /** Words that are neither a name, an e-mail, a phone nor the company. */
  unparsed: string[];
  /** True when the lead can be created without asking anything. */
  complete: boolean;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
// A phone: optional +, then digits with spaces, dots, dashes or parentheses; at least 6 digits.
const PHONE = /(?:^|\s)(\+?\(?\d[\d\s().-]*\d)(?=\s|$)/;
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;

/** Slack wraps e-mails and links as <mailto:a@b.c|a@b.c>: keep the visible text. */
const unwrapSlack = (text: string) =>
  text.replace(/<(?:mailto:|tel:)?([^|>]+)(?:\|([^>]+))?>/g, (_, target, label) => label ?? target);

/**
 * `Jane Doe jane@acme.com +33 6 12 34 56 78 at Acme Inc` → first and last name, e-mail, phone
 * and company (after `at`, or `chez` in French). The first word of the name is the first name,
 * the rest the last name; a single word is a last name.
 */
export function parseLeadNew(input: string): ParsedLeadNew {
  let rest = ` ${unwrapSlack(input)
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()} `;
  const draft: LeadDraft = {};

  const company = /\s(?:at|chez)\s+(.+?)\s*$/i.exec(rest);
  if (company) {
    draft.accountName = company[1]!.trim();
    rest = rest.slice(0, company.index);
  }

  const words = rest.trim().split(/\s+/).filter(Boolean);
  const email = words.find((w) => EMAIL.test(w));
  if (email) draft.emailAddress = email.toLowerCase();
  rest = words.filter((w) => w !== email).join(' ');

  const phone = PHONE.exec(` ${rest} `);
  if (phone && phone[1]!.replace(/\D/g, '').length >= 6) {
    draft.phoneNumber = phone[1]!.trim();
    rest = ` ${rest} `.replace(phone[1]!, ' ');
  }

  const left = rest.trim().split(/\s+/).filter(Boolean);
  const name = left.filter((w) => NAME_WORD.test(w));
  const unparsed = left.filter((w) => !NAME_WORD.test(w));
  if (name.length === 1) draft.lastName = name[0];
  if (name.length > 1) {
    draft.firstName = name[0];
    draft.lastName = name.slice(1).join(' ');
  }
  const identified = !!(
    draft.lastName ||
    draft.accountName ||
    draft.emailAddress ||
    draft.phoneNumber
  );
  return { draft, unparsed, complete: identified && unparsed.length === 0 };
}
