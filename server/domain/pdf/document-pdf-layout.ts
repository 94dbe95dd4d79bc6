import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import { assertAdmin } from '../access/check';
import type { Ctx } from '../context';
import { type DocumentResource, kindOfResource } from '../documents/document-kinds';
import { Invalid, NotFound } from '../errors';
import { parseInput } from '../shared/validate';
import { buildLayout } from './build-layout';
import { defaultTemplate } from './default-templates';
import { loadDocumentModel } from './document-model';
import type { PdfLayout } from './pdf-layout';
import { findDefaultTemplate, getPdfTemplate } from './pdf-templates';
import { sampleModel } from './sample-model';
import {
  PDF_LANGUAGES,
  type PdfLanguage,
  previewInput,
  type TemplateFields,
  templateFields,
} from './template-input';

export interface PdfOptions {
  templateId?: string | null;
  lang?: string | null;
}

/** `?lang=` when given (en|fr), else the acting user's language, else English. */
async function languageOf(ctx: Ctx, lang: string | null | undefined): Promise<PdfLanguage> {
  if (lang) {
    if (!(PDF_LANGUAGES as readonly string[]).includes(lang)) {
      throw new Invalid({ lang: `One of: ${PDF_LANGUAGES.join(', ')}.` });
    }
    return lang as PdfLanguage;
  }
  if (!ctx.actor.id) return 'en';
  const [u] = await ctx.db
    .select({ locale: users.locale })
    .from(users)
    .where(eq(users.id, ctx.actor.id));
  return u?.locale === 'fr' ? 'fr' : 'en';
}

/**
 * Layout of one document's PDF: the named template (it must be of the document's type), else the
 * admins' default for the type and language, else the shipped default in templates/pdf/.
 */
export async function documentPdfLayout(
  ctx: Ctx,
  resource: DocumentResource,
  id: string,
  opts: PdfOptions = {},
): Promise<{ layout: PdfLayout; number: string; language: PdfLanguage }> {
  const spec = kindOfResource(resource);
  if (!spec) throw new NotFound('Document');
  let template: TemplateFields;
  if (opts.templateId) {
    const row = await getPdfTemplate(ctx, opts.templateId).catch((err) => {
      if (err instanceof NotFound) throw new Invalid({ templateId: 'No such PDF template.' });
      throw err;
    });
    if (row.entityType !== spec.kind) {
      throw new Invalid({
        templateId: `This template is for ${row.entityType}, not ${spec.kind}.`,
      });
    }
    template = parseInput(templateFields, { ...row, language: opts.lang ?? row.language });
  } else {
    const lang = await languageOf(ctx, opts.lang);
    const row = await findDefaultTemplate(ctx, spec.kind, lang);
    template = row ? parseInput(templateFields, row) : defaultTemplate(spec.kind, lang);
  }
  const model = await loadDocumentModel(ctx, spec.kind, id, template.language);
  const record = model.record as { number?: unknown };
  return {
    layout: await buildLayout(spec.kind, template, model),
    number: typeof record.number === 'string' ? record.number : id,
    language: template.language,
  };
}

/**
 * The admin editor's live preview: the fields being edited over a real record (read access
 * checked) or sample data. Admin-only, like template writes.
 */
export async function previewPdfLayout(ctx: Ctx, input: unknown): Promise<PdfLayout> {
  assertAdmin(ctx.actor);
  const { entityType, recordId, ...fields } = parseInput(previewInput, input);
  const model = recordId
    ? await loadDocumentModel(ctx, entityType, recordId, fields.language)
    : sampleModel(entityType, fields.language, ctx.clock.now());
  return buildLayout(entityType, fields, model);
}
