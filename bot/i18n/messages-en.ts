/**
 * Every sentence the bot says, in English. `messages-fr.ts` must provide the same keys (the
 * `Messages` type makes a missing translation a type error).
 */
export const en = {
  // Errors and access
  notLinked: (slackUserId: string, usersUrl: string) =>
    [
      ':link: *Your Slack account is not linked to a CRM user yet*, so nothing was changed.',
      `To get linked, ask a CRM admin to set your Slack ID \`${slackUserId}\` on your user in ${usersUrl}, or to make your CRM e-mail the same as your Slack e-mail; then try again.`,
    ].join('\n'),
  somethingWrong: 'Sorry, something went wrong on our side. Please try again in a moment.',
  forbidden: 'You are not allowed to do that.',
  notFound: (what: string) => `${what}: not found (or you may not see it).`,
  invalid: 'Some fields are invalid:',
  conflict: (why: string) => `Not done: ${why}`,
  alreadyConverted: (num: string) => `${num} was already converted.`,

  // Things
  lead: 'Lead',
  deal: 'Deal',
  account: 'Account',
  contact: 'Contact',
  opportunity: 'Opportunity',

  // Usage help
  usageIntro: (command: string) => `Here is how to use \`${command}\`:`,
  usageLead: [
    '`/lead` — open the new-lead form',
    '`/lead new Jane Doe jane@acme.com +33 6 12 34 56 78 at Acme Inc` — quick create',
    '`/lead list [mine|new|all]` — leads, newest first',
    '`/lead show L-12` — a lead (a number or part of a name)',
    '`/lead convert L-12` — convert a lead into account, contact and deal',
  ],
  usageDeal: [
    '`/deal list [mine]` — open deals',
    '`/deal show D-7` — a deal (a number or part of a name)',
    '`/deal stage D-7 negotiation` — move a deal (English or French stage name, or its start)',
    '`/deal amount D-7 12500` — change the amount',
    '`/deal close D-7 2026-12-31` — change the close date',
    '`/deal quote D-7` — make a quote from the deal',
  ],
  usageQuote: [
    '`/quote list [mine]` — recent quotes',
    '`/quote show Q-00001` — a quote (`Q-00001`, `q-1`, `1` or part of its name)',
    '`/deal quote D-7` — make a quote from a deal',
  ],
  usagePipeline: ['`/pipeline` — the whole pipeline', '`/pipeline mine` — only my deals'],
  usageCrm: [
    '`/crm whoami` — your link and roles',
    '`/crm help` — every command',
    '`/crm follow leads|deals|cases` — this channel gets every new record',
    '`/crm unfollow leads|deals|cases`, `/crm following` — manage this channel’s follows',
    '`/crm autofollow leads|deals|cases [off]` — follow every new record yourself',
    '`/crm support-mode [internal|public]` — in a channel that follows cases: thread replies are notes or e-mails by default',
  ],
  unknownWord: (word: string) => `I don't know \`${word}\`.`,

  // References and pick lists
  severalMatches: (text: string) => `Several records match “${text}”. Which one?`,
  noMatch: (what: string, text: string) => `No ${what.toLowerCase()} matches “${text}”.`,
  moreMatches: (n: number) => `…and ${n} more: type more of the name.`,

  // Parsing
  badAmount: (text: string) =>
    `“${text}” is not an amount. Use digits with at most 2 decimals, e.g. \`12500\` or \`12500.50\`.`,
  badDate: (text: string) => `“${text}” is not a date. Use YYYY-MM-DD, e.g. \`2026-12-31\`.`,
  unparsed: (text: string) => `I could not read “${text}”: please check the form.`,

  // Lead card
  leadStatus: {
    New: 'New',
    Assigned: 'Assigned',
    'In Process': 'In process',
    Converted: 'Converted',
    Recycled: 'Recycled',
    Dead: 'Dead',
  } as Record<string, string>,
  status: 'Status',
  company: 'Company',
  email: 'E-mail',
  phone: 'Phone',
  owner: 'Assigned to',
  nobody: 'nobody',
  you: 'you',
  created: 'Created',
  source: 'Source',
  expectedAmount: 'Expected amount',
  assignToMe: 'Assign to me',
  convert: 'Convert',
  openInAdmin: 'Open in admin',
  show: 'Show',
  convertedTo: 'Converted',

  // Deal card
  stage: 'Stage',
  amount: 'Amount',
  probability: 'Probability',
  weighted: 'Weighted',
  closeDate: 'Close date',
  moveTo: 'Move to stage',

  // Lists
  leadsTitle: { mine: 'My open leads', new: 'New leads', all: 'Leads' } as Record<string, string>,
  dealsTitle: { mine: 'My open deals', all: 'Open deals' } as Record<string, string>,
  noLeads: 'No leads here.',
  noDeals: 'No deals here.',
  showingFirst: (shown: number, total: number) => `Showing ${shown} of ${total}, newest first.`,

  // Pipeline
  pipelineTitle: (mine: boolean): string => (mine ? 'My pipeline' : 'Pipeline'),
  pipelineEmpty: 'No open deals yet.',
  count: 'Deals',
  total: 'Total',
  wonMonth: 'Won this month',
  wonQuarter: 'Won this quarter',
  dealsCount: (n: number) => (n === 1 ? '1 deal' : `${n} deals`),

  // New-lead modal
  newLeadTitle: 'New lead',
  create: 'Create',
  cancel: 'Cancel',
  firstName: 'First name',
  lastName: 'Last name',
  title: 'Title',
  description: 'Description',
  leadCreated: (num: string) => `Lead ${num} created.`,

  // Conversion modal
  convertTitle: 'Convert lead',
  convertCreate: 'Create',
  convertWhat: 'Create',
  existingAccount: 'Or link an existing account',
  existingAccountHint: 'Type part of its name. When chosen, no new account is created.',
  accountName: 'Account name',
  opportunityName: 'Deal name',
  chooseOne: 'Tick at least one of Account, Contact or Opportunity.',
  duplicatesFound: 'Possible duplicates already exist. Choose what to do, then submit again.',
  linkExisting: (name: string) => `Link existing: ${name}`,
  createAnyway: 'Create a new one anyway',
  duplicateChoice: (what: string) => `${what}: possible duplicate`,
  leadConverted: (num: string, made: string[]) => `${num} converted: ${made.join(', ')}.`,

  // Changes
  assignedToYou: (ref: string) => `${ref} is now assigned to you.`,
  dealMoved: (ref: string, from: string, to: string, probability: string) =>
    `${ref} moved from ${from} to *${to}* (probability ${probability}).`,
  amountChanged: (ref: string, amount: string) => `${ref}: amount is now ${amount}.`,
  closeDateChanged: (ref: string, date: string) => `${ref}: close date is now ${date}.`,
  whichStage: (typed: string) => `Which stage do you mean by “${typed}”?`,
  noStage: (typed: string, stages: string) => `No stage matches “${typed}”. Stages: ${stages}.`,

  // Quotes
  quote: 'Quote',
  quoteStatus: {
    Draft: 'Draft',
    Presented: 'Presented',
    Approved: 'Approved',
    Canceled: 'Canceled',
  } as Record<string, string>,
  quoteMoveTo: {
    Draft: 'Back to draft',
    Presented: 'Mark presented',
    Approved: 'Approve',
    Canceled: 'Cancel quote',
  } as Record<string, string>,
  quotesTitle: { mine: 'My recent quotes', all: 'Recent quotes' } as Record<string, string>,
  noQuotes: 'No quotes here.',
  lines: 'Lines',
  noLines: 'No lines yet.',
  moreLines: (n: number) => (n === 1 ? '…and 1 more line' : `…and ${n} more lines`),
  subtotal: 'Subtotal',
  discount: 'Discount',
  tax: 'Tax',
  shipping: 'Shipping',
  grandTotal: 'Grand total',
  pdf: 'PDF',
  quoteMoved: (ref: string, from: string, to: string) => `${ref} moved from ${from} to *${to}*.`,
  quoteLocked: (ref: string, status: string) =>
    `${ref} is ${status.toLowerCase()}: it can no longer change that way.`,
  quoteFromDeal: (quote: string, deal: string) => `Quote ${quote} created from ${deal}.`,
  pdfShared: (ref: string) => `PDF of ${ref} shared in this conversation.`,
  pdfFailed: (ref: string) =>
    `The PDF of ${ref} could not be shared here (is the CRM app in this channel?).`,

  // Sales orders and invoices (from the quote card)
  documentKind: {
    Quote: 'Quote',
    SalesOrder: 'Sales order',
    Invoice: 'Invoice',
  } as Record<string, string>,
  /** Statuses by document kind (French agrees them with the kind's gender). */
  documentStatus: {
    SalesOrder: { Draft: 'Draft', Ready: 'Ready', Completed: 'Completed', Canceled: 'Canceled' },
    Invoice: { Draft: 'Draft', Issued: 'Issued', Paid: 'Paid', Canceled: 'Canceled' },
  } as Record<string, Record<string, string>>,
  convertTo: {
    'sales-orders': '→ Sales order',
    invoices: '→ Invoice',
  } as Record<string, string>,
  sendByEmail: 'Send by e-mail',
  documentFrom: (kind: string, ref: string, from: string) => `${kind} ${ref} created from ${from}.`,
  emailOnItsWay: (ref: string, to: string) => `${ref} is on its way to ${to}`,

  // App Home
  homeTitle: (name: string) => `Hello ${name}`,
  homeLeads: 'My open leads',
  homeDeals: 'My open deals',
  homePipeline: 'My pipeline',
  homeNotLinked: 'Your Slack account is not linked to a CRM user yet.',
  homeMore: (n: number) => `…and ${n} more in the admin panel.`,

  // Follows and notifications (/crm follow, cards posted to channels and DMs)
  followTypes: { Lead: 'leads', Opportunity: 'deals', Case: 'cases' } as Record<string, string>,
  followOn: (what: string, who: string) =>
    `:bell: This channel now follows new *${what}* (set by ${who}): each one is posted here, and its card is updated when it changes.`,
  followAlready: (what: string) => `This channel already follows ${what}.`,
  unfollowOn: (what: string, who: string) =>
    `:no_bell: This channel no longer follows ${what} (set by ${who}).`,
  unfollowNot: (what: string) => `This channel does not follow ${what}.`,
  followingList: (list: string) => `This channel follows: *${list}*.`,
  followingNone: 'This channel follows nothing yet. Try `/crm follow leads`.',
  autofollowOn: (what: string) =>
    `You now follow all new ${what}: a DM for each, and for its stage, status and owner changes.`,
  autofollowOff: (what: string) => `You no longer follow all new ${what} automatically.`,
  cardNew: (what: string, title: string, who: string) =>
    `New ${what.toLowerCase()}: ${title} (by ${who})`,
  cardChanged: (title: string, who: string) => `${title} was updated by ${who}`,

  // Cases (/case, case cards, reactions, support mode)
  case: {
    what: 'Case',
    status: {
      New: 'New',
      Assigned: 'Assigned',
      Pending: 'Pending',
      Closed: 'Closed',
      Rejected: 'Rejected',
      Duplicate: 'Duplicate',
    } as Record<string, string>,
    priority: { Low: 'Low', Normal: 'Normal', High: 'High', Urgent: 'Urgent' } as Record<
      string,
      string
    >,
    type: { Question: 'Question', Incident: 'Incident', Problem: 'Problem' } as Record<
      string,
      string
    >,
    priorityLabel: 'Priority',
    typeLabel: 'Type',
    customer: 'Customer',
    lastActivity: 'Last activity',
    setStatus: 'Set status',
    close: 'Close',
    usage: [
      '`/case` or `/case new Printer on fire` — open the new-case form (prefilled with the subject)',
      '`/case list [mine|open|all]` — cases, latest activity first (default: open)',
      '`/case show #123` — a case (`#123`, `123` or words of its subject)',
    ],
    newTitle: 'New case',
    subject: 'Subject',
    assignTo: 'Assign to',
    contactSearch: 'Type a name or an e-mail address',
    assigneeNotLinked: 'This Slack member is not linked to an active CRM user.',
    created: (ref: string) => `Case ${ref} created.`,
    listTitle: { mine: 'My open cases', open: 'Open cases', all: 'Cases' } as Record<
      string,
      string
    >,
    none: 'No cases here.',
    showingFirst: (shown: number, total: number) =>
      `Showing ${shown} of ${total}, latest activity first.`,
    statusChanged: (ref: string, from: string, to: string) =>
      `${ref} moved from ${from} to *${to}*.`,
    closed: (ref: string) => `${ref} is closed.`,
    cardNew: (title: string, who: string) => `New case: ${title} (by ${who})`,
    cardChanged: (title: string, who: string) => `${title} was updated by ${who}`,
    reactionFailed: (ref: string, why: string) => `${ref} was not changed: ${why}`,
    supportModeName: {
      public:
        '*public*: thread replies are e-mailed to the customer; start one with :lock: for an internal note',
      internal:
        '*internal*: thread replies are internal notes; start one with :email: (or use *Send to customer*) to e-mail the customer',
    } as Record<string, string>,
    supportModeIs: (mode: string) => `This support channel is ${mode}.`,
    supportModeSet: (mode: string, who: string) =>
      `:gear: This support channel is now ${mode} (set by ${who}).`,
    supportModeSame: (mode: string) => `This support channel already is ${mode}.`,
    notSupportChannel:
      'This channel does not follow cases, so it has no support mode. Make it a support channel first with `/crm follow cases`.',
  },

  // Knowledge base (/kb)
  kb: {
    usage: [
      '`/kb printer jam` — published knowledge-base articles about these words',
      '`/kb printer jam #123` — the same, each with a button to send it in the reply to case #123',
    ],
    title: (words: string) => `Articles about “${words}”`,
    titleForCase: (words: string, ref: string) => `Articles about “${words}” for ${ref}`,
    none: (words: string) => `No published article matches “${words}”.`,
    sendInReply: (ref: string) => `Send in reply to ${ref}`,
    sentTo: (ref: string, to: string) => `Article sent in the reply to ${ref}, to ${to}.`,
    notSent: (ref: string, why: string) => `The article was not sent to ${ref}: ${why}`,
    article: 'Article',
  },

  // Case threads: notes posted under a case card, agents' thread replies, message shortcuts
  thread: {
    repliedByEmail: (who: string) => `:outbox_tray: *${who}* replied by e-mail`,
    to: (who: string) => `to ${who}`,
    internalNote: (who: string) => `:lock: *${who}* (internal note)`,
    attachments: (names: string) => `:paperclip: ${names}`,
    statusLine: (from: string, to: string) => `Status: ${from} → ${to}`,
    priorityLine: (from: string, to: string) => `Priority: ${from} → ${to}`,
    reopened: '(reopened by customer reply)',
    by: (who: string) => `(by ${who})`,
    assigned: (who: string) => `Assigned to *${who}*`,
    unassigned: 'Unassigned',
    related: (what: string) => `:link: Linked: ${what}`,
    article: 'article',
    customer: 'Customer',
    someone: 'Someone',
    notSent: (why: string) => `:warning: This message was *not* e-mailed to the customer: ${why}`,
    notKept: (why: string) => `:warning: This message was *not* kept on the case: ${why}`,
    filesNotSent:
      'Only the text was e-mailed: files attached in Slack are not sent to the customer.',
    notInCaseThread:
      'Use this on a message in the thread of a case card, in a channel that follows cases.',
    notAPerson: 'Pick a message written by a person (not by the CRM app).',
    queued: (ref: string) =>
      `:outbox_tray: Sending this message to the customer of ${ref}; :email: appears on it once delivered.`,
    alreadyMailed: 'This message was already e-mailed to the customer.',
    cannotUnsend:
      'This message was already e-mailed to the customer, and an e-mail cannot be taken back: it stays in the case as a sent reply. Post a correction if needed.',
    alreadyNoted: 'This message is already kept as an internal note.',
    noted: (ref: string) => `:lock: Kept as an internal note on ${ref} (not e-mailed).`,
    fromMessageTitle: 'Case from message',
    fromSlack: (link: string) => `Created from a Slack message: ${link}`,
    created: (ref: string, name: string) => `:white_check_mark: Case ${ref} created: ${name}`,
  },
};

export type Messages = typeof en;
