/**
 * What a customer's reply says without the history it quotes (email.md: quoted history stripped
 * before it is shown in Slack). The full text stays on the e-mail; this is only for the note.
 *
 * - "-----Original Message-----" (and its translations) and Outlook's "From: … Sent: …" block
 *   start the history: everything from there is cut (top posting).
 * - An attribution ("On … wrote:", "Le … a écrit :", "Am … schrieb …:") followed by `>` lines is
 *   dropped with them, and the text after them is kept (bottom or inline posting); followed by
 *   unmarked text, it starts the history like the separators above.
 * - Any other `>` line is quoted text.
 */

const SEPARATOR =
  /^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|forwarded message|weitergeleitete nachricht)\s*-{2,}\s*$/i;
const FROM = /^\s*\*?(from|von|de|da|van)\*?\s*:/i;
const SENT = /^\s*\*?(sent|date|gesendet|datum|envoyé|enviado|inviato|verzonden)\*?\s*:/i;
const ATTRIBUTION =
  /^\s*(on\s.+wrote|le\s.+a\s+écrit|am\s.+schrieb.*|el\s.+escribió|il\s.+ha\s+scritto|op\s.+schreef)\s*:\s*$/i;
const QUOTED = /^\s*>/;
const RULE = /^\s*_{8,}\s*$/;

/** An attribution may be wrapped over two lines ("On Mon, 2 Jan, Jane <j@x>\nwrote:"). */
function attributionLength(lines: string[], i: number): number {
  // Clients put the date in it: "On Monday I wrote:" in a customer's own text is not one.
  const isOne = (s: string) => ATTRIBUTION.test(s) && /\d/.test(s);
  if (isOne(lines[i]!)) return 1;
  const joined = `${lines[i]} ${lines[i + 1] ?? ''}`;
  return /^\s*(on|le|am|el|il|op)\s/i.test(lines[i]!) && isOne(joined) ? 2 : 0;
}

const isOutlookHeader = (lines: string[], i: number) =>
  FROM.test(lines[i]!) && lines.slice(i + 1, i + 4).some((l) => SENT.test(l));

export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (SEPARATOR.test(line) || isOutlookHeader(lines, i)) break;
    const n = attributionLength(lines, i);
    if (n) {
      let j = i + n;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      if (j < lines.length && !QUOTED.test(lines[j]!)) break;
      i = j - 1;
      continue;
    }
    if (QUOTED.test(line)) continue;
    out.push(line);
  }
  while (out.length && (out[out.length - 1]!.trim() === '' || RULE.test(out[out.length - 1]!))) {
    out.pop();
  }
  const result = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  // Everything was quoted (or the message was only history): better the whole text than nothing.
  return result || text.trim();
}
