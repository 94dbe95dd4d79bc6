import type { z } from 'zod';
import { Invalid } from '../errors';

/** Parses input with a zod schema; failures become one readable message per field (react-admin). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const errors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    errors[key] ??= issue.message;
  }
  throw new Invalid(errors);
}
