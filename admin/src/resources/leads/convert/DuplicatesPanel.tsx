import { Alert, AlertTitle, Box, Button, List, ListItem, Link as MuiLink } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { Duplicate } from './useConvertLead';

interface Props {
  duplicates: Duplicate[];
  pending: boolean;
  onLinked: (resource: string) => void;
  onCreateAnyway: () => void;
}

const TARGET: Record<string, 'account' | 'contact'> = { accounts: 'account', contacts: 'contact' };

/** The 409 answer: links to each possible duplicate, "link to this one" or "create anyway". */
export const DuplicatesPanel = ({ duplicates, pending, onLinked, onCreateAnyway }: Props) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();

  const link = (duplicate: Duplicate) => {
    const target = TARGET[duplicate.resource];
    if (!target) return;
    setValue(`${target}.enabled`, true, { shouldDirty: true });
    setValue(`${target}.mode`, 'link', { shouldDirty: true });
    setValue(`${target}.id`, duplicate.id, { shouldDirty: true });
    onLinked(duplicate.resource);
  };

  return (
    <Alert severity="warning" data-testid="convert-duplicates" sx={{ mt: 2 }}>
      <AlertTitle>{translate('crm.convert.duplicates_title')}</AlertTitle>
      {translate('crm.convert.duplicates_help')}
      <List dense>
        {duplicates.map((duplicate) => (
          <ListItem
            key={`${duplicate.resource}-${duplicate.id}`}
            disableGutters
            data-testid="convert-duplicate"
            secondaryAction={
              TARGET[duplicate.resource] ? (
                <Button size="small" onClick={() => link(duplicate)}>
                  {translate('crm.convert.link_this')}
                </Button>
              ) : null
            }
          >
            <Box component="span" sx={{ mr: 1 }}>
              {translate(`resources.${duplicate.resource}.name`, { smart_count: 1 })}:
            </Box>
            <MuiLink
              component={Link}
              to={`/${duplicate.resource}/${duplicate.id}/show`}
              target="_blank"
              rel="noopener"
            >
              {duplicate.name}
            </MuiLink>
          </ListItem>
        ))}
      </List>
      <Button variant="outlined" color="warning" onClick={onCreateAnyway} disabled={pending}>
        {translate('crm.convert.create_anyway')}
      </Button>
    </Alert>
  );
};
