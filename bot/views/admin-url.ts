/** The admin panel uses a hash router: `/admin/#/leads/<id>/show`. */
export type AdminResource =
  | 'leads'
  | 'opportunities'
  | 'accounts'
  | 'contacts'
  | 'quotes'
  | 'sales-orders'
  | 'invoices'
  | 'cases'
  | 'kb-articles';

export const adminUrl = (publicUrl: string, resource: AdminResource, id: string) =>
  `${publicUrl.replace(/\/+$/, '')}/admin/#/${resource}/${id}/show`;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const RECORD = new RegExp(`/admin/?#/(leads|opportunities|cases)/(${UUID})(?:/show)?/?$`, 'i');

/**
 * The lead, deal or case a shared link points to, if it is one of ours: same origin as PUBLIC_URL
 * (Slack only sends links of the app's registered domains, but a second app may share one).
 */
export function recordOfUrl(
  publicUrl: string,
  url: string,
): { resource: 'leads' | 'opportunities' | 'cases'; id: string } | null {
  let origin: string;
  let target: URL;
  try {
    origin = new URL(publicUrl).origin;
    target = new URL(url.replace(/&amp;/g, '&'));
  } catch {
    return null;
  }
  if (target.origin !== origin) return null;
  const m = RECORD.exec(`${target.pathname}${target.hash}`);
  return m
    ? {
        resource: m[1]!.toLowerCase() as 'leads' | 'opportunities' | 'cases',
        id: m[2]!.toLowerCase(),
      }
    : null;
}
