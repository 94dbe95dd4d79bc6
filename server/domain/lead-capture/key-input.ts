import { z } from 'zod';
import { leadCreateInput } from '../leads/lead-input';
import { LEAD_SOURCES } from '../leads/lead-type';
import { uuid } from '../shared/fields';

/**
 * Lead fields a public form may set. The key itself decides source and team; assignee and status
 * are left to the CRM's own rules, never to anonymous visitors.
 */
export const CAPTURABLE_FIELDS = Object.keys(leadCreateInput.shape).filter(
  (f) => !['source', 'teamsIds', 'assignedUserId', 'status'].includes(f),
);

const origin = z
  .string()
  .trim()
  .transform((s, c) => {
    try {
      const u = new URL(s);
      if (
        (u.protocol === 'http:' || u.protocol === 'https:') &&
        u.origin === s.replace(/\/$/, '')
      ) {
        return u.origin;
      }
    } catch {}
    c.addIssue({ code: 'custom', message: 'Use an origin such as https://www.example.com.' });
    return z.NEVER;
  });

export const keyCreateInput = z.object({
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(255),
  fields: z
    .array(
      z.string().refine((f) => CAPTURABLE_FIELDS.includes(f), {
        message: `Not a lead field a form may set; one of: ${CAPTURABLE_FIELDS.join(', ')}.`,
      }),
      { error: 'List the lead fields the form may set.' },
    )
    .min(1, 'List the lead fields the form may set.')
    .transform((l) => [...new Set(l)]),
  leadSource: z
    .enum(LEAD_SOURCES, { message: `One of: ${LEAD_SOURCES.join(', ')}.` })
    .default('Web Site'),
  teamId: uuid.nullish().transform((v) => v ?? null),
  allowedOrigins: z
    .array(origin)
    .max(50)
    .default([])
    .transform((l) => [...new Set(l)]),
  mergeDuplicates: z.boolean().default(true),
  isActive: z.boolean().default(true),
});

export const keyUpdateInput = z.object({
  name: keyCreateInput.shape.name.optional(),
  fields: keyCreateInput.shape.fields.optional(),
  leadSource: z.enum(LEAD_SOURCES, { message: `One of: ${LEAD_SOURCES.join(', ')}.` }).optional(),
  teamId: uuid.nullish(),
  allowedOrigins: z
    .array(origin)
    .max(50)
    .transform((l) => [...new Set(l)])
    .optional(),
  mergeDuplicates: z.boolean().optional(),
  isActive: z.boolean().optional(),
});
