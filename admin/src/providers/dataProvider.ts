import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, httpClient } from './httpClient';

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

const base = simpleRestProvider(API_URL, httpClient);

export const dataProvider = {
  ...base,
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
  /** GET /api/reports/:name?params */
  report: async <T>(name: string, params: Record<string, string> = {}): Promise<T> => {
    const query = new URLSearchParams(params).toString();
    const { json } = await httpClient(`${API_URL}/reports/${name}${query ? `?${query}` : ''}`);
    return json as T;
  },
};

export type CrmDataProvider = typeof dataProvider;
