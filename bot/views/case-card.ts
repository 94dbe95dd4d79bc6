import type { CaseParties } from '../../server/domain/cases/case-parties';
import { CASE_STATUSES, isClosedCaseStatus } from '../../server/domain/cases/case-type';
import type { Speech } from '../i18n';
import { adminUrl } from './admin-url';
import { type Block, button, context, esc, link, mrkdwn, plain } from './block-kit';
import { ACTION, caseActionsBlock } from './ids';
import { ownerText } from './owner';
import { str, type Viewer } from './records';

/** What a case card shows, read from the domain's presented case (hidden fields are absent). */
export interface CaseData {
  id: string;
  /** `#12` */
  number: string;
  name: string;
  status: string;
  priority?: string;
  type?: string;
  contactId?: string;
  accountId?: string;
  assignedUserId?: string;
  /** Last activity (every note and e-mail bumps it). */
  streamUpdatedAt?: string;
  createdAt?: string;
}

export function toCaseData(r: Record<string, unknown>): CaseData {
  return {
    id: String(r.id),
    number: str(r.number) ?? '',
    name: str(r.name) ?? '',
    status: str(r.status) ?? 'New',
    priority: str(r.priority),
    type: str(r.type),
    contactId: str(r.contactId),
    accountId: str(r.accountId),
    assignedUserId: str(r.assignedUserId),
    streamUpdatedAt: str(r.streamUpdatedAt),
    createdAt: str(r.createdAt),
  };
}

/** Who looks at the card and the names it may show them. */
export interface CaseLook {
  viewer: Viewer;
  parties: CaseParties;
}

export const caseStatusLabel = (status: string, s: Speech) => s.m.case.status[status] ?? status;
export const caseTitle = (c: CaseData) => `${c.number} ${c.name}`;

/** Slack writes the time in each reader's own time zone; the fallback is for notifications. */
function when(iso: string | undefined) {
  if (!iso) return '—';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '—';
  return `<!date^${Math.floor(t / 1000)}^{date_short_pretty} {time}|${iso.slice(0, 16).replace('T', ' ')} UTC>`;
}

/** "Jane Doe · Acme": the names the reader may see, else nothing. */
function customerText(c: CaseData, look: CaseLook) {
  const names = [
    c.contactId && look.parties.contacts.get(c.contactId),
    c.accountId && look.parties.accounts.get(c.accountId),
  ].filter((n): n is string => !!n);
  return names.length ? names.map(esc).join(' · ') : '—';
}

/** Every status, the case's own preselected (slack.md: a status select on case cards). */
function statusSelect(c: CaseData, s: Speech) {
  const options = CASE_STATUSES.map((st) => ({
    text: plain(caseStatusLabel(st, s), 75),
    value: st,
  }));
  const initial = options.find((o) => o.value === c.status);
  return {
    type: 'static_select' as const,
    action_id: ACTION.caseStatus,
    placeholder: plain(s.m.case.setStatus, 150),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

function caseActions(c: CaseData, look: CaseLook, s: Speech, publicUrl: string): Block {
  const open = !isClosedCaseStatus(c.status);
  // A card shared in a channel (no viewer) offers it to whoever clicks.
  const mine = !!look.viewer.userId && c.assignedUserId === look.viewer.userId;
  const elements = [
    ...(open && !mine ? [button(s.m.assignToMe, ACTION.caseAssignMe, c.id)] : []),
    statusSelect(c, s),
    ...(open ? [button(s.m.case.close, ACTION.caseClose, c.id, 'danger')] : []),
    {
      ...button(s.m.openInAdmin, ACTION.openAdmin, c.id),
      url: adminUrl(publicUrl, 'cases', c.id),
    },
  ];
  return { type: 'actions', block_id: caseActionsBlock(c.id), elements };
}

/** The full case card (`/case show`, support channels, unfurls, after a change). */
export function caseCard(c: CaseData, look: CaseLook, s: Speech, publicUrl: string): Block[] {
  const title = link(adminUrl(publicUrl, 'cases', c.id), caseTitle(c));
  const fields = [
    `*${s.m.status}*\n${caseStatusLabel(c.status, s)}`,
    `*${s.m.case.priorityLabel}*\n${c.priority ? (s.m.case.priority[c.priority] ?? c.priority) : '—'}`,
    `*${s.m.case.typeLabel}*\n${c.type ? (s.m.case.type[c.type] ?? esc(c.type)) : '—'}`,
    `*${s.m.case.customer}*\n${customerText(c, look)}`,
    `*${s.m.owner}*\n${ownerText(c.assignedUserId, look.viewer, s)}`,
  ];
  return [
    { type: 'section', text: mrkdwn(`*${title}*`), fields: fields.map(mrkdwn) },
    context(`${s.m.case.lastActivity}: ${when(c.streamUpdatedAt ?? c.createdAt)}`),
    caseActions(c, look, s, publicUrl),
  ];
}

/** One line and the actions, for lists. */
export function caseItem(c: CaseData, look: CaseLook, s: Speech, publicUrl: string): Block[] {
  const title = link(adminUrl(publicUrl, 'cases', c.id), caseTitle(c));
  const bits = [
    caseStatusLabel(c.status, s),
    c.priority && (s.m.case.priority[c.priority] ?? c.priority),
    customerText(c, look),
    `${s.m.owner}: ${ownerText(c.assignedUserId, look.viewer, s)}`,
    when(c.streamUpdatedAt ?? c.createdAt),
  ].filter((b) => b && b !== '—');
  return [
    { type: 'section', text: mrkdwn(`*${title}*\n${bits.join(' · ')}`) },
    caseActions(c, look, s, publicUrl),
  ];
}
