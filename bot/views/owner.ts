import type { Speech } from '../i18n';
import { esc } from './block-kit';
import type { Viewer } from './records';

/** "you", a Slack mention (Slack renders it in the reader's client), the CRM name, or nobody. */
export function ownerText(assignedUserId: string | undefined, viewer: Viewer, s: Speech) {
  if (!assignedUserId) return `_${s.m.nobody}_`;
  if (assignedUserId === viewer.userId) return s.m.you;
  const p = viewer.people.get(assignedUserId);
  if (!p) return '—';
  return p.slackUserId ? `<@${p.slackUserId}>` : esc(p.name);
}
