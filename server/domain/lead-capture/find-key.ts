import { and, eq } from 'drizzle-orm';
import { leadCaptureKeys } from '../../../db/schema';
import type { Services } from '../context';
import { Forbidden, NotFound } from '../errors';
import type { CaptureKey } from './keys';

/**
 * The active key behind a public form, checked against the browser's Origin. Requests without an
 * Origin (server-side posts) are not subject to CORS and pass; an unknown or inactive key is a 404.
 */
export async function captureKeyFor(
  services: Services,
  apiKey: string,
  origin: string | null,
): Promise<CaptureKey> {
  if (!apiKey || apiKey.length > 100) throw new NotFound('Lead capture key');
  const [key] = await services.db
    .select()
    .from(leadCaptureKeys)
    .where(and(eq(leadCaptureKeys.apiKey, apiKey), eq(leadCaptureKeys.isActive, true)));
  if (!key) throw new NotFound('Lead capture key');
  if (origin && key.allowedOrigins.length && !key.allowedOrigins.includes(origin)) {
    throw new Forbidden('This website may not post to this form.');
  }
  return key;
}
