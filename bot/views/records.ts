import type { Person } from '../../server/domain/users/user-names';

/** What a lead card shows, read from the domain's presented record (hidden fields are absent). */
export interface LeadData {
  id: string;
  number: string;
  name: string;
  status: string;
  accountName?: string;
  emailAddress?: string;
  phoneNumber?: string;
  title?: string;
  source?: string;
  opportunityAmount?: string;
  opportunityAmountCurrency?: string;
  assignedUserId?: string;
  createdAt?: string;
}

export interface DealData {
  id: string;
  number: string;
  name: string;
  stage: string;
  amount?: string;
  currency?: string;
  probability?: number;
  closeDate?: string;
  assignedUserId?: string;
}

/** Who is looking (for "Assign to me" and "you") and how to name the others. */
export interface Viewer {
  userId: string | null;
  people: Map<string, Person>;
}

/** A presented field as card text: a non-empty string, a date as ISO, anything else absent. */
export const str = (v: unknown) =>
  typeof v === 'string' && v !== '' ? v : v instanceof Date ? v.toISOString() : undefined;

export function toLeadData(r: Record<string, unknown>): LeadData {
  return {
    id: String(r.id),
    number: str(r.number) ?? '',
    name: str(r.name) ?? '',
    status: str(r.status) ?? 'New',
    accountName: str(r.accountName),
    emailAddress: str(r.emailAddress),
    phoneNumber: str(r.phoneNumber),
    title: str(r.title),
    source: str(r.source),
    opportunityAmount: str(r.opportunityAmount),
    opportunityAmountCurrency: str(r.opportunityAmountCurrency),
    assignedUserId: str(r.assignedUserId),
    createdAt: str(r.createdAt),
  };
}

export function toDealData(r: Record<string, unknown>): DealData {
  return {
    id: String(r.id),
    number: str(r.number) ?? '',
    name: str(r.name) ?? '',
    stage: str(r.stage) ?? '',
    amount: str(r.amount),
    currency: str(r.currency),
    probability: typeof r.probability === 'number' ? r.probability : undefined,
    closeDate: str(r.closeDate),
    assignedUserId: str(r.assignedUserId),
  };
}

export interface QuoteLine {
  name: string;
  quantity: string;
  unitPrice: string;
  amount: string;
}

export interface QuoteData {
  id: string;
  number: string;
  name: string;
  status: string;
  accountId?: string;
  currency: string;
  amount?: string;
  discountAmount?: string;
  taxAmount?: string;
  shippingCost?: string;
  grandTotalAmount?: string;
  assignedUserId?: string;
  items: QuoteLine[];
}

export function toQuoteData(r: Record<string, unknown>): QuoteData {
  const items = Array.isArray(r.items) ? (r.items as Record<string, unknown>[]) : [];
  return {
    id: String(r.id),
    number: str(r.number) ?? '',
    name: str(r.name) ?? '',
    status: str(r.status) ?? 'Draft',
    accountId: str(r.accountId),
    currency: str(r.currency) ?? 'EUR',
    amount: str(r.amount),
    discountAmount: str(r.discountAmount),
    taxAmount: str(r.taxAmount),
    shippingCost: str(r.shippingCost),
    grandTotalAmount: str(r.grandTotalAmount),
    assignedUserId: str(r.assignedUserId),
    items: items.map((i) => ({
      name: str(i.name) ?? '',
      quantity: str(i.quantity) ?? '1',
      unitPrice: str(i.unitPrice) ?? '0',
      amount: str(i.amount) ?? '0',
    })),
  };
}
