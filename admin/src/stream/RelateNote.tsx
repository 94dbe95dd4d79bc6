import { Box, Link as MuiLink, Typography } from '@mui/material';
import { Link, ReferenceField, useTranslate } from 'react-admin';
import { ENTITY_RESOURCE, type EntityType } from '../providers/permissions';
import type { Note } from '../types';

const resourceOf = (type: string | null | undefined) =>
  type ? ENTITY_RESOURCE[type as EntityType] : undefined;

/** A link to a record by type and id, showing its name (recordRepresentation). */
export const RecordRef = ({ type, id }: { type?: string | null; id?: string | null }) => {
  const translate = useTranslate();
  const resource = resourceOf(type);
  const label = translate(`crm.stream.entity.${type}`, { _: type ?? '' });
  if (!resource || !id) return <>{label}</>;
  return (
    <ReferenceField record={{ id: 'x', ref: id }} source="ref" reference={resource} link="show" />
  );
};

/** Relate notes: "Converted from L-12", "Converted into …", or "linked Account Acme". */
export const RelateNote = ({ note }: { note: Note }) => {
  const translate = useTranslate();
  const data = note.data ?? {};
  if (data.convertedFrom) {
    const leadId = data.leadId ?? note.relatedId;
    const text = translate('crm.stream.converted_from', { number: data.convertedFrom });
    return (
      <Typography variant="body2">
        {leadId ? (
          <MuiLink component={Link} to={`/leads/${leadId}/show`}>
            {text}
          </MuiLink>
        ) : (
          text
        )}
      </Typography>
    );
  }
  if (data.convertedTo?.length) {
    return (
      <Box>
        <Typography variant="body2">{translate('crm.stream.converted_into')}</Typography>
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {data.convertedTo.map((made) => (
            <Typography component="li" variant="body2" key={`${made.entityType}-${made.id}`}>
              {translate(`crm.stream.entity.${made.entityType}`, { _: made.entityType })}
              {': '}
              <RecordRef type={made.entityType} id={made.id} />
            </Typography>
          ))}
        </Box>
      </Box>
    );
  }
  return (
    <Typography variant="body2">
      {translate('crm.stream.related')} <RecordRef type={note.relatedType} id={note.relatedId} />
    </Typography>
  );
};
