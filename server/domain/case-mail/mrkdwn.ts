/**
 * An agent's reply is written in Slack (mrkdwn: `*bold*`, `_italic_`, `~strike~`, `` `code` ``,
 * `<url|label>`, `&amp;`-escaped text) or in the admin panel (plain text with bare URLs). The
 * e-mail carries it twice: as plain text that reads well alone, and as HTML.
 */

type Segment = { kind: 'text'; text: string } | { kind: 'link'; href: string; label: string };

/**
 * Slack's angle-bracket entities (links, mentions, `<!here>`) and bare URLs; everything else is
 * text. A literal `<` typed in the admin panel is left alone: only these shapes match.
 */
const ENTITY =
  /<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>|<([@#!])([A-Za-z0-9^_-]+)(?:\|([^>]*))?>|(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'])/g;

const unescapeSlack = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function segments(source: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of source.matchAll(ENTITY)) {
    if (m.index > last)
      out.push({ kind: 'text', text: unescapeSlack(source.slice(last, m.index)) });
    last = m.index + m[0].length;
    const [, url, urlLabel, sigil, id, label, bare] = m;
    if (url) {
      const href = unescapeSlack(url);
      const shown = urlLabel ? unescapeSlack(urlLabel) : href.replace(/^mailto:/, '');
      out.push({ kind: 'link', href, label: shown });
    } else if (bare) {
      out.push({ kind: 'link', href: bare, label: bare });
    } else if (sigil === '!') {
      // `<!here>`, `<!channel>`: meant for Slack, nothing for the customer.
      if (label) out.push({ kind: 'text', text: unescapeSlack(label) });
    } else {
      // A mention of a Slack user or channel: its name when Slack gave one.
      const name = label ? unescapeSlack(label) : id!;
      out.push({ kind: 'text', text: `${sigil === '@' ? '@' : '#'}${name}` });
    }
  }
  if (last < source.length) out.push({ kind: 'text', text: unescapeSlack(source.slice(last)) });
  return out;
}

const normalise = (s: string) => s.replace(/\r\n?/g, '\n').trim();

/** Plain text: links as `label (url)`; `*bold*` and `_italic_` stay, as plain-text mail writes them. */
export function mrkdwnToText(source: string): string {
  return segments(normalise(source))
    .map((s) => {
      if (s.kind === 'text') return s.text;
      const bare = s.href.replace(/^mailto:/, '');
      return s.label === s.href || s.label === bare ? bare : `${s.label} (${bare})`;
    })
    .join('');
}

export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Emphasis inside already escaped text; markers must hug words, as in Slack. */
function emphasis(html: string): string {
  const around = (mark: string) =>
    new RegExp(`(^|[\\s(>"'])${mark}(?=\\S)([^${mark}\\n]*?\\S)${mark}(?=$|[\\s.,;:!?)<"'])`, 'gm');
  // Code spans are taken literally: no emphasis inside them.
  return html
    .split(/(`[^`\n]+`)/)
    .map((part, i) =>
      i % 2
        ? `<code>${part.slice(1, -1)}</code>`
        : part
            .replace(around('\\*'), '$1<strong>$2</strong>')
            .replace(around('_'), '$1<em>$2</em>')
            .replace(around('~'), '$1<del>$2</del>'),
    )
    .join('');
}

/** HTML: escaped text, emphasis, links; blank lines make paragraphs, single breaks `<br>`. */
export function mrkdwnToHtml(source: string): string {
  const inline = segments(normalise(source))
    .map((s) => {
      if (s.kind === 'text') return emphasis(escapeHtml(s.text));
      const safe = /^(https?|mailto):/i.test(s.href);
      const label = escapeHtml(s.label);
      return safe ? `<a href="${escapeHtml(s.href)}">${label}</a>` : label;
    })
    .join('');
  return inline
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p style="margin:0 0 12px;">${p.trim().replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}
