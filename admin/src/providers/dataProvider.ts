import simpleRestProvider from 'ra-data-simple-rest';
import type { GetListParams } from 'react-admin';
import { currentUser } from './authProvider';
import { API_URL, fetchBlob, httpClient } from './httpClient';

export interface ConvertTargetBody {
  id?: string;
  [field: string]: unknown;
}

export interface ConvertLeadBody {
  account?: ConvertTargetBody;
  contact?: ConvertTargetBody;
  opportunity?: ConvertTargetBody;
  skipDuplicateCheck?: true;
}

export interface ConvertLeadResult {
  leadId: string;
  accountId?: string;
  contactId?: string;
  opportunityId?: string;
}

export interface ConnectionTestResult {
  ok: boolean;
  message: string;
}

const base = simpleRestProvider(API_URL, httpClient);

const post = async <T>(path: string, body: unknown = {}): Promise<T> => {
  const { json } = await httpClient(`${API_URL}${path}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return json as T;
};

/**
 * The case list's "Assigned to me" filter (`mine: true`) is the panel's own: the server knows
 * only `assignedUserId`, so it becomes that, with the logged-in user's id.
 */
const withMine = async (params: GetListParams): Promise<GetListParams> => {
  const { mine, ...filter } = (params.filter ?? {}) as Record<string, unknown>;
  if (!mine) return { ...params, filter };
  return { ...params, filter: { ...filter, assignedUserId: (await currentUser()).id } };
};

export const dataProvider = {
  ...base,
  getList: async (resource: string, params: GetListParams) =>
    base.getList(resource, resource === 'cases' ? await withMine(params) : params),
  /** POST /api/cases/:id/reply: an e-mail to the customer, or an internal note. */
  replyToCase: (id: string, body: { body: string; internal?: boolean }) =>
    post<{ noteId: string; emailId: string | null }>(
      `/cases/${encodeURIComponent(id)}/reply`,
      body,
    ),
  /** POST /api/cases/:id/articles: a knowledge-base article linked to the case. */
  linkArticleToCase: (caseId: string, articleId: string) =>
    post<{ caseId: string; articleId: string; linked: boolean }>(
      `/cases/${encodeURIComponent(caseId)}/articles`,
      { articleId },
    ),
  /** POST /api/emails/:id/replay: a quarantined message goes through the pipeline again. */
  replayEmail: (id: string) =>
    post<Record<string, unknown>>(`/emails/${encodeURIComponent(id)}/replay`),
  /** POST /api/email-accounts/:id/test: connects with the stored settings. */
  testEmailAccount: (id: string) =>
    post<ConnectionTestResult>(`/email-accounts/${encodeURIComponent(id)}/test`),
  /** POST /api/email-accounts/test: connects with unsaved form values (id: the stored password). */
  testEmailAccountValues: (values: Record<string, unknown>) =>
    post<ConnectionTestResult>('/email-accounts/test', values),
  /** An attachment or other binary behind the token (links in the panel cannot send it). */
  download: (url: string): Promise<Blob> => fetchBlob(url),
  /** POST /api/leads/:id/convert; a 409 rejects with an HttpError whose body has `duplicates`. */
  convertLead: async (id: string, body: ConvertLeadBody): Promise<ConvertLeadResult> => {
    const { json } = await httpClient(`${API_URL}/leads/${encodeURIComponent(id)}/convert`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    return json as ConvertLeadResult;
  },
  /** POST /api/lead-capture-keys/:id/regenerate: a new apiKey; forms using the old one stop. */
  regenerateCaptureKey: async (id: string): Promise<{ id: string; apiKey: string }> => {
    const { json } = await httpClient(
      `${API_URL}/lead-capture-keys/${encodeURIComponent(id)}/regenerate`,
      { method: 'POST' },
    );
    return json as { id: string; apiKey: string };
  },
  /** POST /api/<quotes|sales-orders|opportunities>/:id/convert {"to"} → the new record's id. */
  convertRecord: async (resource: string, id: string, to: string): Promise<{ id: string }> => {
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(id)}/convert`, {
      method: 'POST',
      body: JSON.stringify({ to }),
    });
    return json as { id: string };
  },
  /** POST /api/<quotes|sales-orders|invoices>/:id/send-email: the PDF to the billing contact. */
  sendDocumentEmail: async (resource: string, id: string): Promise<{ emailId: string }> => {
    const { json } = await httpClient(
      `${API_URL}/${resource}/${encodeURIComponent(id)}/send-email`,
      { method: 'POST', body: JSON.stringify({}) },
    );
    return json as { emailId: string };
  },
  /** GET /api/<quotes|sales-orders|invoices>/:id/pdf[?templateId] as a Blob. */
  documentPdf: (resource: string, id: string, templateId?: string): Promise<Blob> =>
    fetchBlob(
      `${API_URL}/${resource}/${encodeURIComponent(id)}/pdf${
        templateId ? `?templateId=${encodeURIComponent(templateId)}` : ''
      }`,
    ),
  /** POST /api/pdf-templates/preview: the template's fields (+ entityType, recordId) → a PDF. */
  previewPdfTemplate: (body: Record<string, unknown>, signal?: AbortSignal): Promise<Blob> =>
    fetchBlob(`${API_URL}/pdf-templates/preview`, {
      method: 'POST',
      body: JSON.stringify(body),
      signal,
    }),
  /** GET /api/reports/:name?params */
  report: async <T>(name: string, params: Record<string, string> = {}): Promise<T> => {
    const query = new URLSearchParams(params).toString();
    const { json } = await httpClient(`${API_URL}/reports/${name}${query ? `?${query}` : ''}`);
    return json as T;
  },
};

export type CrmDataProvider = typeof dataProvider;
