import { z } from 'zod';
import { uuid } from '../shared/fields';

/** A target is either `{id}` (link an existing record) or fields for a new one. */
const target = z.union([z.object({ id: uuid }).strict(), z.record(z.string(), z.unknown())]);

export const convertInput = z
  .object({
    account: target.optional(),
    contact: target.optional(),
    opportunity: z.record(z.string(), z.unknown()).optional(),
    skipDuplicateCheck: z.boolean().default(false),
  })
  .refine((v) => v.account || v.contact || v.opportunity, {
    message: 'Choose at least one of account, contact or opportunity.',
    path: ['account'],
  });

export type ConvertInput = z.infer<typeof convertInput>;
export type Target = Record<string, unknown> | { id: string };
export const isLink = (t: Target | undefined): t is { id: string } =>
  !!t && Object.keys(t).length === 1 && typeof (t as { id?: unknown }).id === 'string';
