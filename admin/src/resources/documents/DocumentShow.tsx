import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  DateField,
  EditButton,
  FunctionField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { formatAddress } from '../../common/AddressInputs';
import { FieldGrid } from '../../common/FieldGrid';
import { formatMoney } from '../../common/money';
import { Section, ShowColumns } from '../../common/ShowColumns';
import { Stream } from '../../stream/Stream';
import { contactName } from '../contacts/contactName';
import { ConvertToButton, DownloadPdfButton, SendEmailButton } from './DocumentActions';
import { LockedNotice } from './DocumentCreate';
import {
  type DocumentItem,
  type DocumentSpec,
  isLocked,
  statusChoices,
  useDocumentSpec,
} from './kinds';
import { RecordTotalsPanel } from './TotalsPanel';

const CONVERT_LABEL: Record<string, string> = {
  'sales-orders': 'crm.documents.convert_to_sales_order',
  invoices: 'crm.documents.convert_to_invoice',
};

const Actions = ({ spec }: { spec: DocumentSpec }) => {
  const record = useRecordContext();
  const locked = isLocked(spec, record?.status);
  const canEdit = !locked || (spec.unlock[record?.status] ?? []).length > 0;
  return (
    <TopToolbar>
      {spec.convertsTo.map((to) => (
        <ConvertToButton key={to} to={to} label={CONVERT_LABEL[to] ?? to} />
      ))}
      <DownloadPdfButton />
      <SendEmailButton />
      {canEdit ? <EditButton /> : null}
    </TopToolbar>
  );
};

const ItemsTable = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const items = (record?.items ?? []) as DocumentItem[];
  const currency = record?.currency as string | undefined;
  const money = (value?: string | null) => formatMoney(value, currency, locale);
  if (!items.length) {
    return <Typography color="text.secondary">{translate('crm.documents.items.empty')}</Typography>;
  }
  return (
    <Table size="small" data-testid="document-items">
      <TableHead>
        <TableRow>
          {['name', 'quantity', 'listPrice', 'discount', 'unitPrice', 'taxRate', 'amount'].map(
            (key) => (
              <TableCell key={key} align={key === 'name' ? 'left' : 'right'}>
                {translate(`crm.documents.items.${key}`)}
              </TableCell>
            ),
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; their order is theirs
          <TableRow key={index} data-testid="document-item">
            <TableCell>
              {item.productId ? (
                <Link to={`/products/${item.productId}/show`}>{item.name}</Link>
              ) : (
                item.name
              )}
            </TableCell>
            <TableCell align="right">{item.quantity}</TableCell>
            <TableCell align="right">{money(item.listPrice)}</TableCell>
            <TableCell align="right">{item.discount ? `${item.discount} %` : ''}</TableCell>
            <TableCell align="right">{money(item.unitPrice)}</TableCell>
            <TableCell align="right">
              {item.taxRate ? `${item.taxRate} %` : translate('crm.documents.items.default_tax')}
            </TableCell>
            <TableCell align="right" data-testid="document-item-amount">
              {money(item.amount)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Details = ({ spec }: { spec: DocumentSpec }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  return (
    <>
      {isLocked(spec, record?.status) ? <LockedNotice /> : null}
      <Section title={translate('crm.common.details')}>
        <FieldGrid wide={['description', 'billingAddress', 'shippingAddress']}>
          <TextField source="number" />
          <TextField source="name" />
          <SelectField source="status" choices={statusChoices(spec)} />
          <TextField source="currency" />
          <ReferenceField source="accountId" reference="accounts" link="show" />
          <ReferenceField source="opportunityId" reference="opportunities" link="show" />
          {spec.resource !== 'quotes' ? (
            <ReferenceField source="quoteId" reference="quotes" link="show">
              <TextField source="number" />
            </ReferenceField>
          ) : null}
          {spec.resource === 'invoices' ? (
            <ReferenceField source="salesOrderId" reference="sales-orders" link="show">
              <TextField source="number" />
            </ReferenceField>
          ) : null}
          <ReferenceField source="billingContactId" reference="contacts" link="show">
            <FunctionField render={contactName} />
          </ReferenceField>
          <FunctionField source="taxRate" render={(r) => `${r.taxRate ?? 0} %`} />
          {spec.resource === 'invoices' ? (
            <DateField source="dateInvoiced" options={{ timeZone: 'UTC' }} />
          ) : null}
          {spec.resource === 'invoices' ? (
            <DateField source="dateDue" options={{ timeZone: 'UTC' }} />
          ) : null}
          <ReferenceField source="assignedUserId" reference="users" link={false} />
          <DateField source="createdAt" showTime />
          <FunctionField
            source="billingAddress"
            label="crm.common.billing_address"
            render={(r) => formatAddress(r, 'billingAddress')}
          />
          <FunctionField
            source="shippingAddress"
            label="crm.common.shipping_address"
            render={(r) => formatAddress(r, 'shippingAddress')}
          />
          <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} />
        </FieldGrid>
      </Section>
      <Section title={translate('crm.documents.items.title')}>
        <ItemsTable />
      </Section>
      <RecordTotalsPanel />
    </>
  );
};

export const DocumentShow = () => {
  const spec = useDocumentSpec();
  return (
    <Show actions={<Actions spec={spec} />} component="div">
      <ShowColumns main={<Details spec={spec} />} aside={<Stream parentType={spec.entityType} />} />
    </Show>
  );
};
