import type { Align, Block } from './pdf-layout';

/**
 * The small markup Liquid renders to, one block per line, so templates never draw (and never
 * reach pdfkit): `# Title`, `## Subtitle`, `**bold line**`, `---` (rule), an empty line (space),
 * `[[items]]` (the items table), and a `>> ` or `^^ ` prefix to align right or centre.
 * Anything else is a plain line of text.
 */
export function parseMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw.trimEnd();
    let align: Align = 'left';
    if (line.startsWith('>> ')) [align, line] = ['right', line.slice(3)];
    else if (line.startsWith('^^ ')) [align, line] = ['center', line.slice(3)];
    const t = line.trim();
    if (t === '') {
      // Runs of blank lines (Liquid tags leave many) collapse into one space.
      if (blocks.length && blocks.at(-1)?.kind !== 'space') blocks.push({ kind: 'space' });
    } else if (t === '[[items]]') blocks.push({ kind: 'items' });
    else if (/^-{3,}$/.test(t)) blocks.push({ kind: 'rule' });
    else if (t.startsWith('## '))
      blocks.push({ kind: 'heading', level: 2, text: t.slice(3), align });
    else if (t.startsWith('# '))
      blocks.push({ kind: 'heading', level: 1, text: t.slice(2), align });
    else if (/^\*\*.+\*\*$/.test(t))
      blocks.push({ kind: 'text', text: t.slice(2, -2), bold: true, align });
    else blocks.push({ kind: 'text', text: line.trimStart(), bold: false, align });
  }
  while (blocks.at(-1)?.kind === 'space') blocks.pop();
  return blocks;
}
