import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import {
  Box,
  Button,
  IconButton,
  NativeSelect,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import { ENTITY_TYPES, type EntityType } from '../../providers/permissions';

type YesNo = 'yes' | 'no';
type FieldRules = Partial<Record<EntityType, Record<string, { read?: YesNo; edit?: YesNo }>>>;
interface Row {
  key: number;
  entity: EntityType;
  field: string;
  read: YesNo;
  edit: YesNo;
}

const KNOWN_FIELDS: Record<EntityType, string[]> = {
  Lead: ['emailAddress', 'phoneNumber', 'opportunityAmount', 'source', 'status', 'description'],
  Account: ['emailAddress', 'phoneNumber', 'website', 'type', 'industry', 'description'],
  Contact: ['emailAddress', 'phoneNumber', 'title', 'description'],
  Opportunity: ['amount', 'probability', 'closeDate', 'stage', 'description'],
  Product: ['costPrice', 'listPrice', 'unitPrice', 'pricingFactor', 'description'],
  Quote: ['taxRate', 'shippingCost', 'description'],
  SalesOrder: ['taxRate', 'shippingCost', 'description'],
  Invoice: ['taxRate', 'shippingCost', 'dateDue', 'description'],
  Case: ['priority', 'type', 'isInternal', 'description'],
  KnowledgeBaseArticle: ['status', 'publishDate', 'expirationDate', 'body'],
};

let nextKey = 0;
const toRows = (rules: FieldRules | undefined): Row[] =>
  ENTITY_TYPES.flatMap((entity) =>
    Object.entries(rules?.[entity] ?? {}).map(([field, r]) => ({
      key: nextKey++,
      entity,
      field,
      read: r.read ?? 'yes',
      edit: r.edit ?? 'yes',
    })),
  );

const toRules = (rows: Row[]): FieldRules => {
  const rules: FieldRules = {};
  for (const row of rows) {
    if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(row.field)) continue;
    rules[row.entity] = { ...rules[row.entity], [row.field]: { read: row.read, edit: row.edit } };
  }
  return rules;
};

/** fieldPermissions: hide a field (read no) or make it read-only (edit no), per entity type. */
export const FieldPermissionsInput = ({ source = 'fieldPermissions' }: { source?: string }) => {
  const translate = useTranslate();
  const { field } = useInput({ source, defaultValue: {} });
  const [rows, setRows] = useState<Row[]>(() => toRows(field.value as FieldRules));

  const update = (next: Row[]) => {
    setRows(next);
    field.onChange(toRules(next));
  };
  const patch = (key: number, change: Partial<Row>) =>
    update(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const yesNo = (label: string, value: YesNo, onChange: (v: YesNo) => void) => (
    <NativeSelect
      value={value}
      onChange={(e) => onChange(e.target.value as YesNo)}
      inputProps={{ 'aria-label': label }}
    >
      <option value="yes">{translate('crm.roles.levels.yes')}</option>
      <option value="no">{translate('crm.roles.levels.no')}</option>
    </NativeSelect>
  );

  return (
    <Box sx={{ mb: 2 }} data-testid="field-permissions">
      <Typography variant="subtitle1">{translate('crm.roles.field_permissions')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('crm.roles.field_permissions_help')}
      </Typography>
      {ENTITY_TYPES.map((entity) => (
        <datalist key={entity} id={`fields-${entity}`}>
          {KNOWN_FIELDS[entity].map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      ))}
      {rows.length ? (
        <Table size="small" sx={{ width: 'auto' }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('crm.roles.entity')}</TableCell>
              <TableCell>{translate('crm.roles.field')}</TableCell>
              <TableCell>{translate('crm.roles.actions.read')}</TableCell>
              <TableCell>{translate('crm.roles.actions.edit')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell>
                  <NativeSelect
                    value={row.entity}
                    onChange={(e) => patch(row.key, { entity: e.target.value as EntityType })}
                    inputProps={{ 'aria-label': translate('crm.roles.entity') }}
                  >
                    {ENTITY_TYPES.map((e) => (
                      <option key={e} value={e}>
                        {translate(`crm.roles.entities.${e}`)}
                      </option>
                    ))}
                  </NativeSelect>
                </TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    variant="standard"
                    value={row.field}
                    onChange={(e) => patch(row.key, { field: e.target.value.trim() })}
                    slotProps={{
                      htmlInput: {
                        list: `fields-${row.entity}`,
                        'aria-label': translate('crm.roles.field'),
                      },
                    }}
                  />
                </TableCell>
                <TableCell>
                  {yesNo(translate('crm.roles.actions.read'), row.read, (read) =>
                    patch(row.key, { read }),
                  )}
                </TableCell>
                <TableCell>
                  {yesNo(translate('crm.roles.actions.edit'), row.edit, (edit) =>
                    patch(row.key, { edit }),
                  )}
                </TableCell>
                <TableCell>
                  <IconButton
                    aria-label={translate('ra.action.remove')}
                    onClick={() => update(rows.filter((r) => r.key !== row.key))}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <Button
        startIcon={<AddIcon />}
        size="small"
        onClick={() =>
          update([...rows, { key: nextKey++, entity: 'Lead', field: '', read: 'yes', edit: 'no' }])
        }
      >
        {translate('crm.roles.add_field_rule')}
      </Button>
    </Box>
  );
};
