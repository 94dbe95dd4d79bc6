import type { Speech } from '../i18n';
import { formatDate, formatMoney } from '../i18n/format';
import { adminUrl } from './admin-url';
import { type Block, type Button, button, context, esc, link, mrkdwn } from './block-kit';
import { ACTION } from './ids';
import { ownerText } from './owner';
import type { LeadData, Viewer } from './records';

const CLOSED = ['Converted', 'Recycled', 'Dead'];

/** The buttons a lead offers this viewer: only what makes sense now. */
function leadButtons(lead: LeadData, viewer: Viewer, s: Speech, publicUrl: string): Button[] {
  const out: Button[] = [];
  const open = !CLOSED.includes(lead.status);
  // A card shared in a channel (no viewer) offers it to whoever clicks.
  if (open && (!viewer.userId || lead.assignedUserId !== viewer.userId)) {
    out.push(button(s.m.assignToMe, ACTION.leadAssignMe, lead.id));
  }
  if (lead.status !== 'Converted')
    out.push(button(s.m.convert, ACTION.leadConvert, lead.id, 'primary'));
  out.push({
    ...button(s.m.openInAdmin, ACTION.openAdmin, lead.id),
    url: adminUrl(publicUrl, 'leads', lead.id),
  });
  return out;
}

const statusOf = (lead: LeadData, s: Speech) => s.m.leadStatus[lead.status] ?? lead.status;

/** The full lead card (`/lead show`, unfurls, after a change). */
export function leadCard(lead: LeadData, viewer: Viewer, s: Speech, publicUrl: string): Block[] {
  const title = link(adminUrl(publicUrl, 'leads', lead.id), `${lead.number} ${lead.name}`);
  const fields = [
    `*${s.m.status}*\n${statusOf(lead, s)}`,
    `*${s.m.owner}*\n${ownerText(lead.assignedUserId, viewer, s)}`,
    lead.accountName && `*${s.m.company}*\n${esc(lead.accountName)}`,
    lead.title && `*${s.m.title}*\n${esc(lead.title)}`,
    lead.emailAddress && `*${s.m.email}*\n${esc(lead.emailAddress)}`,
    lead.phoneNumber && `*${s.m.phone}*\n${esc(lead.phoneNumber)}`,
    lead.opportunityAmount &&
      `*${s.m.expectedAmount}*\n${formatMoney(lead.opportunityAmount, lead.opportunityAmountCurrency ?? 'EUR', s.locale)}`,
  ].filter((f): f is string => !!f);
  const footer = [
    lead.createdAt && `${s.m.created} ${formatDate(lead.createdAt, s.locale)}`,
    lead.source && `${s.m.source}: ${esc(lead.source)}`,
  ].filter(Boolean);
  return [
    { type: 'section', text: mrkdwn(`*${title}*`), fields: fields.map(mrkdwn) },
    ...(footer.length ? [context(footer.join(' · '))] : []),
    {
      type: 'actions',
      block_id: `lead.actions:${lead.id}`,
      elements: leadButtons(lead, viewer, s, publicUrl),
    },
  ];
}

/** One line and the buttons, for lists and App Home. */
export function leadItem(lead: LeadData, viewer: Viewer, s: Speech, publicUrl: string): Block[] {
  const title = link(adminUrl(publicUrl, 'leads', lead.id), `${lead.number} ${lead.name}`);
  const bits = [
    statusOf(lead, s),
    lead.accountName && esc(lead.accountName),
    lead.emailAddress && esc(lead.emailAddress),
  ];
  return [
    { type: 'section', text: mrkdwn(`*${title}*\n${bits.filter(Boolean).join(' · ')}`) },
    {
      type: 'actions',
      block_id: `lead.actions:${lead.id}`,
      elements: leadButtons(lead, viewer, s, publicUrl),
    },
  ];
}
