import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Liquid, LiquidError } from 'liquidjs';
import { Invalid } from '../errors';

const DIR = fileURLToPath(new URL('../../../templates/email/', import.meta.url));

/** Template names are file names of templates/email/: nothing that could climb out of it. */
const NAME = /^[a-z0-9-]{1,64}$/;

/**
 * The e-mail templates of templates/email/, read once: `<name>.txt.liquid` and
 * `<name>.html.liquid` (a template is usable when it has both), plus what they include or use
 * as a layout (`layout.html`).
 */
let files: Record<string, string> | undefined;
function templateFiles(): Record<string, string> {
  if (files) return files;
  const out: Record<string, string> = {};
  if (existsSync(DIR)) {
    for (const f of readdirSync(DIR)) {
      if (f.endsWith('.liquid')) out[f.replace(/\.liquid$/, '')] = readFileSync(DIR + f, 'utf8');
    }
  }
  files = out;
  return out;
}

/**
 * The same sandbox as the PDF templates (server/domain/pdf/liquid.ts): own properties only,
 * strict filters, bounded parse size, render time and memory; templates only from the in-memory
 * map above (`layout`/`include` cannot reach the disk). The HTML engine escapes every output
 * unless it is piped through `raw` (the body, already HTML).
 */
function createEngine(escapeOutput: boolean): Liquid {
  return new Liquid({
    ownPropertyOnly: true,
    strictFilters: true,
    strictVariables: false,
    relativeReference: false,
    templates: templateFiles(),
    cache: true,
    parseLimit: 200_000,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
    outputEscape: escapeOutput ? 'escape' : undefined,
  });
}

let engines: { text: Liquid; html: Liquid } | undefined;
const engine = (part: 'text' | 'html') => {
  engines ??= { text: createEngine(false), html: createEngine(true) };
  return engines[part];
};

/** `templateId` when it names a template with both parts, else the default. */
export function pickTemplate(templateId: string | null | undefined, fallback: string): string {
  const all = templateFiles();
  if (
    templateId &&
    NAME.test(templateId) &&
    all[`${templateId}.txt`] &&
    all[`${templateId}.html`]
  ) {
    return templateId;
  }
  return fallback;
}

/**
 * Renders a template's text and HTML parts. `text` and `html` hold what differs between them
 * (the body as plain text or as HTML); the rest of the model is shared. A broken template is a
 * 400 on `templateId`, never a stack trace.
 */
export async function renderEmail(
  name: string,
  model: Record<string, unknown>,
  parts: { text: Record<string, unknown>; html: Record<string, unknown> },
): Promise<{ text: string; html: string }> {
  const all = templateFiles();
  try {
    const text = await engine('text').parseAndRender(all[`${name}.txt`] ?? '', {
      ...model,
      ...parts.text,
    });
    const html = await engine('html').parseAndRender(all[`${name}.html`] ?? '', {
      ...model,
      ...parts.html,
    });
    return { text: tidyText(text), html: html.trim() };
  } catch (err) {
    const why =
      err instanceof LiquidError
        ? `Template error: ${err.message.split('\n')[0]}`
        : 'The template could not be rendered.';
    throw new Invalid({ templateId: why }, 'The e-mail template could not be rendered.');
  }
}

/** No trailing spaces (but the `-- ` signature line), one blank line at most, a final newline. */
const tidyText = (s: string) =>
  `${s
    .replace(/^(?!-- $)(.*?)[ \t]+$/gm, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
