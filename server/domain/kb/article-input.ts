import { z } from 'zod';
import { isoDate, uuid } from '../shared/fields';
import { ARTICLE_STATUSES } from './article-type';

const ids = z
  .array(uuid)
  .max(50)
  .transform((l) => [...new Set(l)]);

/** Every field a user may set on an article; create and update share it. */
export const articleFields = z.object({
  name: z.string({ error: 'Enter a title.' }).trim().min(1, 'Enter a title.').max(255),
  body: z
    .string()
    .max(200_000)
    .nullish()
    .transform((v) => v ?? ''),
  status: z.enum(ARTICLE_STATUSES, { message: `One of: ${ARTICLE_STATUSES.join(', ')}.` }),
  categoriesIds: ids,
  portalsIds: ids,
  publishDate: isoDate.nullish(),
  expirationDate: isoDate.nullish(),
});

export type ArticleFields = z.infer<typeof articleFields>;

export const articleCreateInput = articleFields.partial().required({ name: true });
export const articleUpdateInput = articleFields.partial();

export const kbCategoryFields = z.object({
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(255),
  parentId: uuid.nullish(),
});
export const kbCategoryCreateInput = kbCategoryFields.partial().required({ name: true });
export const kbCategoryUpdateInput = kbCategoryFields.partial();
