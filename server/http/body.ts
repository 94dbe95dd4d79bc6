import type { Context } from 'hono';
import { Invalid } from '../domain/errors';

/** The JSON body, or a 400 that says why it could not be read. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new Invalid({ _: 'The body must be JSON.' }, 'The body must be valid JSON.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new Invalid({ _: 'The body must be a JSON object.' }, 'The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}
