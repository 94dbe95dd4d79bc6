import type { ThreadNote } from '../../server/domain/notify/thread-backlog';
import type { Speech } from '../i18n';
import { esc } from './block-kit';

/** Long e-mails are cut in the thread: the whole text stays in the case. */
const MAX_TEXT = 3000;

const clip = (text: string) =>
  text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT).trimEnd()}…` : text;

/**
 * What a note says: user text is escaped (a customer's `<` must not become a Slack link), agents'
 * posts are kept as typed in Slack (mrkdwn already).
 */
const body = (text: string | null | undefined, mrkdwn = false) => {
  const t = (text ?? '').trim();
  if (!t) return '';
  return clip(mrkdwn ? t : esc(t));
};

const label = (map: Record<string, string>, value: unknown) =>
  value == null || value === '' ? '—' : (map[String(value)] ?? String(value));

function change(note: ThreadNote, s: Speech, field: 'status' | 'priority'): string | null {
  const fields = (note.data.fields ?? {}) as Record<string, { was?: unknown; became?: unknown }>;
  const c = fields[field];
  if (!c) return null;
  const names = field === 'status' ? s.m.case.status : s.m.case.priority;
  const line = field === 'status' ? s.m.thread.statusLine : s.m.thread.priorityLine;
  return line(label(names, c.was), label(names, c.became));
}

/** The sender of a customer e-mail as the thread names it: `*Jane Doe* &lt;jane@x&gt;`. */
function sender(note: ThreadNote, s: Speech) {
  const e = note.email;
  const name = e?.fromName?.trim();
  const address = e?.from?.trim();
  if (name && address) return `*${esc(name)}* ${esc(`<${address}>`)}`;
  if (name || address) return `*${esc((name || address)!)}*`;
  return `*${s.m.thread.customer}*`;
}

/**
 * One case note as one thread message (slack.md, Cases in threads): customer e-mails with their
 * sender, text (quoted history already stripped by the ingest) and attachment names; replies and
 * posts with their author; internal notes marked 🔒; status, priority and assignment changes as
 * one line. Null for a note the thread does not show.
 */
export function threadNoteText(note: ThreadNote, s: Speech): string | null {
  const t = s.m.thread;
  const who = esc(note.author ?? t.someone);
  const by = note.author ? ` ${t.by(esc(note.author))}` : '';
  const files = note.email?.files.length
    ? `\n${t.attachments(esc(note.email.files.join(', ')))}`
    : '';
  const lock = (line: string) =>
    note.isInternal && !line.startsWith(':lock:') ? `:lock: ${line}` : line;
  switch (note.type) {
    case 'EmailReceived': {
      const text = body(note.post);
      return lock(`:email: ${sender(note, s)}:${text ? ` ${text}` : ''}${files}`);
    }
    case 'EmailSent': {
      const to = note.email?.to.length ? ` ${t.to(esc(note.email.to.join(', ')))}` : '';
      const text = body(note.post, true);
      return lock(`${t.repliedByEmail(who)}${to}:${text ? `\n${text}` : ''}${files}`);
    }
    case 'Post': {
      const head = note.isInternal ? t.internalNote(who) : `:speech_balloon: *${who}*`;
      return `${head}: ${body(note.post, true)}`;
    }
    case 'Update': {
      const lines = [change(note, s, 'status'), change(note, s, 'priority')].filter(Boolean);
      if (!lines.length) return null;
      const why = note.data.reopened ? ` ${t.reopened}` : by;
      return lock(`${lines.join(' · ')}${why}`);
    }
    case 'Assign': {
      const became = note.assign?.became;
      return lock(`${became ? t.assigned(esc(became)) : t.unassigned}${by}`);
    }
    case 'Relate': {
      const r = note.related;
      if (!r) return null;
      const what =
        r.type === 'KnowledgeBaseArticle'
          ? `${t.article} “${esc(r.name ?? '')}”`
          : `${esc(r.type)}${r.name ? ` “${esc(r.name)}”` : ''}`;
      return lock(`${t.related(what)}${by}`);
    }
    default:
      return null;
  }
}
