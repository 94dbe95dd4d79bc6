import {
  NativeSelect,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useInput, useTranslate } from 'react-admin';
import {
  ACCESS_ACTIONS,
  type AccessAction,
  ENTITY_TYPES,
  type EntityPermissions,
  type EntityType,
  type PermissionMatrix,
} from '../../providers/permissions';

const NO_ACCESS: EntityPermissions = {
  create: 'no',
  read: 'no',
  edit: 'no',
  delete: 'no',
  stream: 'no',
};
const LEVELS = ['all', 'team', 'own', 'no'];
const levelsFor = (action: AccessAction) => (action === 'create' ? ['yes', 'no'] : LEVELS);

/** Rows: entity types; columns: create/read/edit/delete/stream; a select in each cell. */
export const PermissionMatrixInput = ({ source = 'permissions' }: { source?: string }) => {
  const translate = useTranslate();
  const { field } = useInput({ source, defaultValue: {} });
  const matrix = (field.value ?? {}) as PermissionMatrix;

  const set = (entity: EntityType, action: AccessAction, level: string) =>
    field.onChange({
      ...matrix,
      [entity]: { ...NO_ACCESS, ...matrix[entity], [action]: level },
    });

  return (
    <TableContainer sx={{ mb: 2 }}>
      <Typography variant="subtitle1">{translate('resources.roles.fields.permissions')}</Typography>
      <Table size="small" data-testid="permission-matrix" sx={{ width: 'auto' }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('crm.roles.entity')}</TableCell>
            {ACCESS_ACTIONS.map((action) => (
              <TableCell key={action}>{translate(`crm.roles.actions.${action}`)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {ENTITY_TYPES.map((entity) => {
            const entityLabel = translate(`crm.roles.entities.${entity}`);
            return (
              <TableRow key={entity}>
                <TableCell component="th" scope="row">
                  {entityLabel}
                </TableCell>
                {ACCESS_ACTIONS.map((action) => {
                  const actionLabel = translate(`crm.roles.actions.${action}`);
                  return (
                    <TableCell key={action}>
                      <NativeSelect
                        value={matrix[entity]?.[action] ?? 'no'}
                        onChange={(event) => set(entity, action, event.target.value)}
                        inputProps={{ 'aria-label': `${entityLabel} – ${actionLabel}` }}
                      >
                        {levelsFor(action).map((level) => (
                          <option key={level} value={level}>
                            {translate(`crm.roles.levels.${level}`)}
                          </option>
                        ))}
                      </NativeSelect>
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
