import {
  Card,
  CardContent,
  List,
  ListItem,
  ListItemText,
  Link as MuiLink,
  Typography,
} from '@mui/material';
import { Link, SelectField, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { leadStatusChoices, OPEN_LEAD_STATUSES } from '../choices';
import { leadName } from '../resources/leads/leadName';
import type { Lead } from '../types';

/** Open leads (New, Assigned, In Process) assigned to the current user. */
export const MyOpenLeads = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data = [], total = 0 } = useGetList<Lead>(
    'leads',
    {
      filter: { assignedUserId: identity?.id, status: OPEN_LEAD_STATUSES },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 10 },
    },
    { enabled: identity?.id !== undefined },
  );
  return (
    <Card data-testid="my-open-leads">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('crm.dashboard.my_open_leads')} ({total})
        </Typography>
        {data.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.dashboard.no_leads')}
          </Typography>
        ) : null}
        <List dense>
          {data.map((lead) => (
            <ListItem key={lead.id} disableGutters>
              <ListItemText
                primary={
                  <MuiLink component={Link} to={`/leads/${lead.id}/show`}>
                    {leadName(lead)}
                  </MuiLink>
                }
                secondary={
                  <SelectField record={lead} source="status" choices={leadStatusChoices} />
                }
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
