import { DEFAULT_CURRENCY } from '../../../choices';
import { dropEmpty } from '../../../common/transforms';
import type { ConvertLeadBody, ConvertTargetBody } from '../../../providers/dataProvider';
import type { Lead } from '../../../types';
import { leadName } from '../leadName';

export type TargetKey = 'account' | 'contact' | 'opportunity';

export interface TargetValues {
  enabled: boolean;
  mode?: 'create' | 'link';
  id?: string | null;
  [field: string]: unknown;
}

export type ConvertValues = Record<TargetKey, TargetValues>;

const isoDateIn = (days: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** The dialog's starting point: everything prefilled from the lead. */
export const convertDefaults = (lead: Lead, firstStage: string | undefined): ConvertValues => ({
  account: {
    enabled: Boolean(lead.accountName),
    mode: 'create',
    id: null,
    name: lead.accountName ?? '',
    emailAddress: lead.emailAddress ?? '',
    phoneNumber: lead.phoneNumber ?? '',
    website: lead.website ?? '',
  },
  contact: {
    enabled: Boolean(lead.lastName),
    mode: 'create',
    id: null,
    firstName: lead.firstName ?? '',
    lastName: lead.lastName ?? '',
    emailAddress: lead.emailAddress ?? '',
    phoneNumber: lead.phoneNumber ?? '',
    title: lead.title ?? '',
  },
  opportunity: {
    enabled: true,
    name: lead.accountName || leadName(lead),
    amount: lead.opportunityAmount ?? '0.00',
    currency: lead.opportunityAmountCurrency ?? DEFAULT_CURRENCY,
    closeDate: isoDateIn(30),
    stage: firstStage ?? '',
  },
});

const toTarget = (values: TargetValues): ConvertTargetBody | undefined => {
  if (!values.enabled) return undefined;
  if (values.mode === 'link') return { id: values.id ?? undefined };
  const { enabled: _enabled, mode: _mode, id: _id, ...fields } = values;
  return dropEmpty(fields);
};

/** {account: {...} | {id}, contact: …, opportunity: …}; unchecked targets are left out. */
export const buildConvertBody = (values: ConvertValues): ConvertLeadBody => {
  const body: ConvertLeadBody = {};
  for (const key of ['account', 'contact', 'opportunity'] as const) {
    const target = values[key] ? toTarget(values[key]) : undefined;
    if (target) body[key] = target;
  }
  return body;
};
