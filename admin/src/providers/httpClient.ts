import { fetchUtils, HttpError } from 'react-admin';

export const API_URL = '/api';
const TOKEN_KEY = 'crm.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};

export interface ErrorBody {
  message?: string;
  errors?: Record<string, string>;
  duplicates?: { resource: string; id: string; name: string }[];
}

/** One message per field: react-admin shows strings, a validator may send string arrays. */
const flattenErrors = (errors: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(errors).map(([field, why]) => [
      field,
      Array.isArray(why) ? why.join(', ') : String(why),
    ]),
  );

/**
 * fetchJson with the bearer token. A JSON error body becomes the HttpError's body, so
 * `{message, errors}` reaches react-admin forms (pessimistic mode) as field errors.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = tokenStore.get();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    const body = error instanceof HttpError ? (error.body as ErrorBody | null) : null;
    if (error instanceof HttpError && body?.errors && typeof body.errors === 'object') {
      throw new HttpError(error.message, error.status, {
        ...body,
        errors: flattenErrors(body.errors),
      });
    }
    throw error;
  }
};

export const isHttpError = (error: unknown): error is HttpError & { body: ErrorBody | null } =>
  error instanceof HttpError;

/**
 * A binary answer (a PDF) with the bearer token; a non-2xx answer rejects with an HttpError
 * carrying the JSON error body when there is one.
 */
export const fetchBlob = async (url: string, options: RequestInit = {}): Promise<Blob> => {
  const headers = new Headers(options.headers);
  const token = tokenStore.get();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (options.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const response = await fetch(url, { ...options, headers });
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let body: ErrorBody | null = null;
    try {
      body = text ? (JSON.parse(text) as ErrorBody) : null;
    } catch {
      body = null;
    }
    throw new HttpError(body?.message ?? response.statusText, response.status, body);
  }
  return response.blob();
};
