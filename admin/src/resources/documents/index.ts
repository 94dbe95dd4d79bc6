import OrderIcon from '@mui/icons-material/LocalShipping';
import InvoiceIcon from '@mui/icons-material/ReceiptLong';
import QuoteIcon from '@mui/icons-material/RequestQuote';
import type { RaRecord } from 'react-admin';
import { DocumentCreate, DocumentEdit } from './DocumentCreate';
import { DocumentList } from './DocumentList';
import { DocumentShow } from './DocumentShow';
import type { DocumentResource } from './kinds';

export { ConvertToButton, DownloadPdfButton } from './DocumentActions';

const ICONS = { quotes: QuoteIcon, 'sales-orders': OrderIcon, invoices: InvoiceIcon };

/** One set of pages for the three kinds; each reads its spec from the resource context. */
const documentResource = (resource: DocumentResource) => ({
  list: DocumentList,
  show: DocumentShow,
  create: DocumentCreate,
  edit: DocumentEdit,
  icon: ICONS[resource],
  recordRepresentation: (record: RaRecord) => `${record.number} ${record.name}`,
});

export const quotes = documentResource('quotes');
export const salesOrders = documentResource('sales-orders');
export const invoices = documentResource('invoices');
