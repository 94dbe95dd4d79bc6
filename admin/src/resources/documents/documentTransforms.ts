import type { RaRecord } from 'react-admin';
import { dropEmpty, onlyChanged } from '../../common/transforms';
import type { DocumentItem } from './kinds';

const ITEM_FIELDS = ['productId', 'name', 'quantity', 'listPrice', 'unitPrice', 'taxRate'] as const;
/** Totals and links the server derives (it drops them anyway). */
const DERIVED = [
  'amount',
  'discountAmount',
  'preDiscountedAmount',
  'taxAmount',
  'grandTotalAmount',
  'quoteId',
  'salesOrderId',
];

/** Lines as the server takes them: derived amount/discount out, empty values left to defaults. */
const cleanItems = (items: unknown) =>
  Array.isArray(items)
    ? items
        .filter((item): item is DocumentItem => !!item && typeof item === 'object')
        .map((item) =>
          Object.fromEntries(
            ITEM_FIELDS.map((key) => [key, item[key]]).filter(
              ([, value]) => value !== '' && value !== null && value !== undefined,
            ),
          ),
        )
    : items;

const withoutDerived = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !DERIVED.includes(key)));

export const documentCreateTransform = (data: Record<string, unknown>) => {
  const out = dropEmpty(withoutDerived(data)) as Record<string, unknown>;
  if (out.items) out.items = cleanItems(out.items);
  return out;
};

export const documentEditTransform = (
  data: Record<string, unknown>,
  options?: { previousData?: RaRecord },
) => {
  const out = onlyChanged(withoutDerived(data), options) as Record<string, unknown>;
  if (out.items) out.items = cleanItems(out.items);
  return out;
};
