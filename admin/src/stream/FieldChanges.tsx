import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ENTITY_RESOURCE, type EntityType } from '../providers/permissions';
import { useStages } from '../settings/useStages';
import type { NoteChange } from '../types';

const humanize = (field: string) =>
  field
    .replace(/Id$/, '')
    .replace(/([A-Z])/g, ' $1')
    .replace(/^./, (c) => c.toLowerCase());

interface Props {
  parentType: string;
  fields: Record<string, NoteChange>;
}

/** "Status: New → Assigned", one line per changed field. */
export const FieldChanges = ({ parentType, fields }: Props) => {
  const translate = useTranslate();
  const { label: stageLabel } = useStages();
  const resource = ENTITY_RESOURCE[parentType as EntityType] ?? 'notes';

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') {
      return translate('crm.stream.empty_value');
    }
    if (field === 'stage' || field === 'lastStage') return stageLabel(String(value));
    if (field === 'status' && parentType === 'Lead') {
      return translate(`crm.choices.leadStatus.${value}`, { _: String(value) });
    }
    if ((field === 'status' || field === 'priority' || field === 'type') && parentType === 'Case') {
      const group = { status: 'caseStatus', priority: 'casePriority', type: 'caseType' }[field];
      return translate(`crm.choices.${group}.${value}`, { _: String(value) });
    }
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  };

  return (
    <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
      {Object.entries(fields).map(([field, change]) => (
        <Typography component="li" variant="body2" key={field} data-testid="stream-change">
          <strong>
            {translate(`resources.${resource}.fields.${field}`, { _: humanize(field) })}
          </strong>
          {': '}
          {show(field, change.was)} → {show(field, change.became)}
        </Typography>
      ))}
    </Box>
  );
};
