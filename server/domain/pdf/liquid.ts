import { Liquid, LiquidError } from 'liquidjs';
import { Invalid } from '../errors';
import { formatDecimal, formatMoney } from './format';
import type { PdfLanguage } from './template-input';

/**
 * The sandbox for admin-written templates. Only own properties of the plain JSON model are
 * visible (no `constructor`, no `__proto__`), unknown filters are errors, templates come from
 * strings only (an empty in-memory file map: `include`, `render` and `layout` find nothing on
 * disk), and parse size, render time and memory are bounded against runaway loops.
 */
function createEngine(lang: PdfLanguage): Liquid {
  const engine = new Liquid({
    ownPropertyOnly: true,
    strictFilters: true,
    strictVariables: false,
    relativeReference: false,
    templates: {},
    cache: false,
    parseLimit: 200_000,
    renderLimit: 1_000,
    memoryLimit: 10_000_000,
  });
  // `{{ record.grandTotalAmount | money }}`: exact, in the document's currency unless one is named.
  engine.registerFilter(
    'money',
    function (
      this: { context: { getSync(p: string[]): unknown } },
      v: unknown,
      currency?: unknown,
    ) {
      const cur = typeof currency === 'string' ? currency : this.context.getSync(['currency']);
      return formatMoney(v, typeof cur === 'string' ? cur : 'EUR', lang);
    },
  );
  engine.registerFilter('decimal', (v: unknown) => formatDecimal(v, lang));
  return engine;
}

const engines = new Map<PdfLanguage, Liquid>();
const engineFor = (lang: PdfLanguage) => {
  const cached = engines.get(lang);
  if (cached) return cached;
  const e = createEngine(lang);
  engines.set(lang, e);
  return e;
};

export type Section = 'header' | 'body' | 'footer';

const userMessage = (err: unknown) =>
  err instanceof LiquidError
    ? `Template error: ${err.message.split('\n')[0]}`
    : 'The template could not be rendered.';

/** Parses a section, so a template that does not parse is refused when saved (400 on its field). */
export function assertParses(lang: PdfLanguage, sections: Partial<Record<Section, string>>) {
  const errors: Record<string, string> = {};
  for (const [name, source] of Object.entries(sections)) {
    if (source === undefined) continue;
    try {
      engineFor(lang).parse(source);
    } catch (err) {
      errors[name] = userMessage(err);
    }
  }
  if (Object.keys(errors).length) throw new Invalid(errors, 'The template has errors.');
}

/** Renders one section over the model; any Liquid error (limits included) is a 400 on that field. */
export async function renderSection(
  lang: PdfLanguage,
  section: Section,
  source: string,
  model: object,
): Promise<string> {
  try {
    return await engineFor(lang).parseAndRender(source, model);
  } catch (err) {
    throw new Invalid({ [section]: userMessage(err) }, 'The template could not be rendered.');
  }
}
